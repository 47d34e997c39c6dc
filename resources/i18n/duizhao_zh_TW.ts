<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="43"/>
        <source>Cannot open the library:
{0}

Choose another library.</source>
        <translation>無法開啟文庫：
{0}

請選擇其他文庫。</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="49"/>
        <source>Open library</source>
        <translation>開啟文庫</translation>
    </message>
</context>
<context>
    <name>ArticleWarnings</name>
    <message>
        <location filename="../../gui/article_warnings.py" line="40"/>
        <source>Imported with a warning: {0}</source>
        <translation>匯入時的警告：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/article_warnings.py" line="50"/>
        <source>page {0} of {1} has no text layer (scanned?); its text is missing</source>
        <translation>第 {0} 頁（共 {1} 頁）沒有文字層（掃描檔？），該頁文字缺失</translation>
    </message>
    <message>
        <location filename="../../gui/article_warnings.py" line="52"/>
        <source>pages {0} of {1} have no text layer (scanned?); their text is missing</source>
        <translation>第 {0} 頁（共 {1} 頁）沒有文字層（掃描檔？），這些頁的文字缺失</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../gui/filter_chips.py" line="48"/>
        <source>Remove this filter (Backspace)</source>
        <translation>去掉這個篩選條件（Backspace）</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <location filename="../../gui/citation.py" line="18"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../gui/citation.py" line="19"/>
        <source> (Duizhao article {uid})</source>
        <translation>（對照文章 {uid}）</translation>
    </message>
    <message>
        <location filename="../../gui/citation.py" line="20"/>
        <source>(article no longer in the library)</source>
        <translation>（文章已不在文庫中）</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gui/crash.py" line="42"/>
        <source>Duizhao: unexpected error</source>
        <translation>對照：意外錯誤</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="46"/>
        <source>Something went wrong inside Duizhao. Your library has not been changed by this error and you can keep working.
Please copy the details below into a bug report.</source>
        <translation>對照內部出現了問題。此錯誤沒有改動您的文庫，您可以繼續工作。
請把下面的詳細資訊複製到錯誤報告中。</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="59"/>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
</context>
<context>
    <name>Credits</name>
    <message>
        <location filename="../../gui/credits.py" line="13"/>
        <source>Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, in both scripts.</source>
        <translation>對照（对照）：離線的中文新聞參考瀏覽器，繁簡兩種字體對照閱讀。</translation>
    </message>
    <message>
        <location filename="../../gui/credits.py" line="18"/>
        <source>Dictionary: CC-CEDICT, published by MDBG, licensed under the Creative Commons Attribution-ShareAlike 4.0 International licence (https://creativecommons.org/licenses/by-sa/4.0/). https://cc-cedict.org/wiki/</source>
        <translation>詞典：CC-CEDICT，由 MDBG 發佈，採用創用 CC 姓名標示-相同方式分享 4.0 國際授權條款（https://creativecommons.org/licenses/by-sa/4.0/）。https://cc-cedict.org/wiki/</translation>
    </message>
    <message>
        <location filename="../../gui/credits.py" line="25"/>
        <source>Script conversion and regional vocabulary: OpenCC&apos;s dictionaries (Apache-2.0). Pinyin of words the dictionary lacks: pypinyin (MIT).</source>
        <translation>繁簡轉換與地區用詞：OpenCC 的詞典（Apache-2.0）。詞典未收詞語的拼音：pypinyin（MIT）。</translation>
    </message>
</context>
<context>
    <name>CurationActions</name>
    <message>
        <location filename="../../gui/curation_actions.py" line="81"/>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="89"/>
        <source>no library is open</source>
        <translation>未開啟文庫</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="99"/>
        <location filename="../../gui/curation_actions.py" line="188"/>
        <location filename="../../gui/curation_actions.py" line="202"/>
        <source>select an entity first</source>
        <translation>請先選擇一個實體</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="152"/>
        <source>select the entities to merge first</source>
        <translation>請先選擇要合併的實體</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="160"/>
        <source>nothing to change</source>
        <translation>沒有需要更改的內容</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="192"/>
        <source>no hidden entity is selected</source>
        <translation>未選擇已隱藏的實體</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="198"/>
        <source>no uncertain entity is selected</source>
        <translation>未選取不確定的實體</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="259"/>
        <source>Undo %s</source>
        <translation>撤銷%s</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="259"/>
        <source>Undo</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="260"/>
        <source>Redo %s</source>
        <translation>重做%s</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="260"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="272"/>
        <source>Cannot change the entity</source>
        <translation>無法更改實體</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="288"/>
        <source>Merge into…</source>
        <translation>合併到…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="290"/>
        <source>Change type</source>
        <translation>更改型別</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="297"/>
        <source>Add alias…</source>
        <translation>新增別名…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="302"/>
        <source>Split off</source>
        <translation>拆分出名稱</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="308"/>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="310"/>
        <source>Show again</source>
        <translation>重新顯示</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="312"/>
        <source>Keep in the tree</source>
        <translation>保留在清單中</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="313"/>
        <source>Delete (not an entity)</source>
        <translation>刪除（不是實體）</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="327"/>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="327"/>
        <source>New name for %s:</source>
        <translation>%s 的新名稱：</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="336"/>
        <source>Add alias</source>
        <translation>新增別名</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="336"/>
        <source>Another name for %s:</source>
        <translation>%s 的另一個名稱：</translation>
    </message>
</context>
<context>
    <name>DatesSourcesDialog</name>
    <message>
        <location filename="../../gui/dates_sources.py" line="45"/>
        <source>Dates and sources</source>
        <translation>日期和來源</translation>
    </message>
    <message>
        <location filename="../../gui/dates_sources.py" line="49"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../gui/dates_sources.py" line="65"/>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <location filename="../../gui/dates_sources.py" line="66"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../gui/dates_sources.py" line="69"/>
        <source>Sources (none checked: all)</source>
        <translation>來源（都不勾選：全部）</translation>
    </message>
</context>
<context>
    <name>DictionaryPopup</name>
    <message>
        <location filename="../../gui/dictionary_popup.py" line="65"/>
        <source>Look up word</source>
        <translation>查詞典</translation>
    </message>
    <message>
        <location filename="../../gui/dictionary_popup.py" line="67"/>
        <source>Dictionary entries of the word at the cursor ({0})</source>
        <translation>游標處詞語的詞典釋義（{0}）</translation>
    </message>
    <message>
        <location filename="../../gui/dictionary_popup.py" line="85"/>
        <source>{0} more entries: python main.py define WORD lists them all</source>
        <translation>另有 {0} 條：python main.py define 詞語 可列出全部</translation>
    </message>
    <message>
        <location filename="../../gui/dictionary_popup.py" line="97"/>
        <source>Not in CC-CEDICT: pypinyin&apos;s reading of the characters</source>
        <translation>CC-CEDICT 未收：拼音由 pypinyin 按字標注</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../../gui/entity_panel.py" line="166"/>
        <source>Filter names (either script)</source>
        <translation>篩選名稱（簡繁均可）</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="167"/>
        <source>By count</source>
        <translation>按次數</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="168"/>
        <source>By pinyin</source>
        <translation>按拼音</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="169"/>
        <source>Order of the entities within each type</source>
        <translation>每種型別內實體的排列順序</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="170"/>
        <source>Show hidden</source>
        <translation>顯示已隱藏</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="171"/>
        <source>Also list the entities you have hidden</source>
        <translation>也列出您隱藏的實體</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="174"/>
        <source>Also list the names the extractor is unsure of (shown in grey italics)</source>
        <translation>同時列出擷取時不確定的名稱（以灰色斜體顯示）</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="176"/>
        <source>Copy names</source>
        <translation>複製名稱</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="294"/>
        <source>Show %s uncertain</source>
        <translation>顯示 %s 個不確定項</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="vanished">重新命名…</translation>
    </message>
    <message>
        <source>no library is open</source>
        <translation type="vanished">未開啟文庫</translation>
    </message>
    <message>
        <source>select an entity first</source>
        <translation type="vanished">請先選擇一個實體</translation>
    </message>
    <message>
        <source>select the entities to merge first</source>
        <translation type="vanished">請先選擇要合併的實體</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation type="vanished">沒有需要更改的內容</translation>
    </message>
    <message>
        <source>no hidden entity is selected</source>
        <translation type="vanished">未選擇已隱藏的實體</translation>
    </message>
    <message>
        <source>no uncertain entity is selected</source>
        <translation type="vanished">未選取不確定的實體</translation>
    </message>
    <message>
        <source>Undo %s</source>
        <translation type="vanished">撤銷%s</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">撤銷</translation>
    </message>
    <message>
        <source>Redo %s</source>
        <translation type="vanished">重做%s</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="vanished">重做</translation>
    </message>
    <message>
        <source>Cannot change the entity</source>
        <translation type="vanished">無法更改實體</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="vanished">合併到…</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation type="vanished">更改型別</translation>
    </message>
    <message>
        <source>Add alias…</source>
        <translation type="vanished">新增別名…</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation type="vanished">拆分出名稱</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="vanished">隱藏</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation type="vanished">重新顯示</translation>
    </message>
    <message>
        <source>Keep in the tree</source>
        <translation type="vanished">保留在清單中</translation>
    </message>
    <message>
        <source>Delete (not an entity)</source>
        <translation type="vanished">刪除（不是實體）</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="vanished">重新命名</translation>
    </message>
    <message>
        <source>New name for %s:</source>
        <translation type="vanished">%s 的新名稱：</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation type="vanished">新增別名</translation>
    </message>
    <message>
        <source>Another name for %s:</source>
        <translation type="vanished">%s 的另一個名稱：</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <location filename="../../gui/entity_model.py" line="75"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="76"/>
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="77"/>
        <source>Places</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="78"/>
        <source>Parks and zones</source>
        <translation>園區</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="79"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="80"/>
        <source>Figures</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="81"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="354"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="354"/>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="354"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="357"/>
        <source>Entity name</source>
        <translation>實體名稱</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="358"/>
        <source>Number of mentions in all articles</source>
        <translation>在所有文章中被提及的次數</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="359"/>
        <source>Number of articles that mention it</source>
        <translation>提及它的文章數</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="407"/>
        <source>%s of %s</source>
        <translation>%s / 共 %s</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="427"/>
        <source>Also: %s</source>
        <translation>又名：%s</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="429"/>
        <source>Linked: %s</source>
        <translation>相關：%s</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="430"/>
        <source>%s mentions in %s articles</source>
        <translation>提及 %s 次，見於 %s 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="432"/>
        <source>(hidden)</source>
        <translation>（已隱藏）</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="434"/>
        <source>(uncertain: confidence %s)</source>
        <translation>（不確定：信賴度 %s）</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../gui/view_export.py" line="95"/>
        <location filename="../../gui/view_export.py" line="107"/>
        <location filename="../../gui/view_export.py" line="116"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="96"/>
        <source>Picture as PNG…</source>
        <translation>圖片（PNG）…</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="97"/>
        <source>Picture as SVG…</source>
        <translation>圖片（SVG）…</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="98"/>
        <source>Data as CSV…</source>
        <translation>資料（CSV）…</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="102"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="103"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 圖片 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="104"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="116"/>
        <source>Cannot export: {0}</source>
        <translation>無法匯出：{0}</translation>
    </message>
</context>
<context>
    <name>ExportFeature</name>
    <message>
        <location filename="../../gui/export_feature.py" line="64"/>
        <source>&amp;Export Selection…</source>
        <translation>匯出所選(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="65"/>
        <source>Export &amp;All Results…</source>
        <translation>匯出全部結果(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="71"/>
        <source>Nothing selected to export</source>
        <translation>沒有選中可匯出的內容</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="75"/>
        <source>Export to CSV</source>
        <translation>匯出為 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="101"/>
        <source>Exporting {0} articles…</source>
        <translation>正在匯出 {0} 篇文章…</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="104"/>
        <source>Exported {0} articles to {1}</source>
        <translation>已將 {0} 篇文章匯出到 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="105"/>
        <source>The export failed: {0}</source>
        <translation>匯出失敗：{0}</translation>
    </message>
</context>
<context>
    <name>ExtractionFeature</name>
    <message>
        <location filename="../../gui/extraction_feature.py" line="75"/>
        <source>&amp;Extract Entities</source>
        <translation>提取實體(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/extraction_feature.py" line="76"/>
        <source>&amp;Stop Extraction</source>
        <translation>停止提取(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/extraction_feature.py" line="77"/>
        <source>Entities %v/%m</source>
        <translation>實體 %v/%m</translation>
    </message>
    <message>
        <location filename="../../gui/extraction_feature.py" line="143"/>
        <source>entity extraction in the Duizhao window</source>
        <translation>對照視窗中的實體擷取</translation>
    </message>
    <message>
        <location filename="../../gui/extraction_feature.py" line="166"/>
        <source>Entities extracted from {0} articles</source>
        <translation>已從 {0} 篇文章中提取實體</translation>
    </message>
    <message>
        <location filename="../../gui/extraction_feature.py" line="170"/>
        <source>Entity extraction stopped: {0}</source>
        <translation>實體提取已停止：{0}</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../gui/facet_panel.py" line="94"/>
        <source>Facets</source>
        <translation>分面統計</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="108"/>
        <source>Narrow by</source>
        <translation>依此縮小</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="108"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="169"/>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="vanished">人物</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="vanished">機構</translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="vanished">地點</translation>
    </message>
    <message>
        <source>Parks and zones</source>
        <translation type="vanished">園區</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="vanished">文件</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="vanished">資料</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="vanished">日期</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="232"/>
        <source>1 article in the results</source>
        <translation>結果中共 1 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="234"/>
        <source>%s articles in the results</source>
        <translation>結果中共 %s 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="238"/>
        <source>Entity types</source>
        <translation>實體類型</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="242"/>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="244"/>
        <source>(no source)</source>
        <translation>（無來源）</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="247"/>
        <source>%s more sources</source>
        <translation>另有 %s 個來源</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="251"/>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="253"/>
        <source>(undated)</source>
        <translation>（無日期）</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../gui/figures_model.py" line="110"/>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="111"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="112"/>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="113"/>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="114"/>
        <source>Figure</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="115"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="116"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="120"/>
        <source>The amount as a number (万 and 亿 multiplied out)</source>
        <translation>數量的數值（萬、億已換算）</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="121"/>
        <source>Unit of the amount</source>
        <translation>數量的單位</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="122"/>
        <source>约, 超过, 以上 … written with the figure</source>
        <translation>與資料一同寫出的約、超過、以上等</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="123"/>
        <source>What the figure is about</source>
        <translation>資料所說明的物件</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="124"/>
        <source>The figure as written in the article</source>
        <translation>文章中的原始寫法</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="125"/>
        <source>Title of the article</source>
        <translation>文章標題</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="126"/>
        <source>Date of the article</source>
        <translation>文章日期</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../gui/figures_view.py" line="113"/>
        <source>Filter by unit, subject or text (either script)</source>
        <translation>按單位、主題或文字篩選（簡繁均可）</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="115"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="176"/>
        <source>%s figures</source>
        <translation>%s 項資料</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="178"/>
        <source>%s of %s figures</source>
        <translation>%s / %s 項資料</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="180"/>
        <source>(the %s found last; the library holds %s)</source>
        <translation>（最後找到的 %s 項；文庫共有 %s 項）</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="242"/>
        <source>Open article</source>
        <translation>開啟文章</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../gui/filter_chips.py" line="96"/>
        <source>Dates &amp;&amp; sources…</source>
        <translation>日期和來源…</translation>
    </message>
    <message>
        <location filename="../../gui/filter_chips.py" line="97"/>
        <source>Narrow the results to a date range and to sources</source>
        <translation>只看某個日期範圍和某些來源的結果</translation>
    </message>
</context>
<context>
    <name>HighlightDialog</name>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="79"/>
        <source>Yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="80"/>
        <source>Green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="81"/>
        <source>Blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="82"/>
        <source>Pink</source>
        <translation>粉紅色</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="87"/>
        <source>Note on article</source>
        <translation>文章筆記</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="88"/>
        <source>&amp;Note:</source>
        <translation>筆記(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="90"/>
        <source>Highlight</source>
        <translation>標記</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="91"/>
        <source>&amp;Comment (optional):</source>
        <translation>批註（可不填）(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <location filename="../../gui/highlights.py" line="83"/>
        <source>Highlight…</source>
        <translation>標記…</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="85"/>
        <source>Keep the selected passage with a colour and a comment (Ctrl+Shift+H)</source>
        <translation>以顏色和批註保存選取的段落（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="87"/>
        <source>Note on Article…</source>
        <translation>文章筆記…</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="88"/>
        <source>Keep a note on the whole article (Ctrl+Shift+N)</source>
        <translation>為整篇文章記筆記（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="89"/>
        <source>Delete Highlight…</source>
        <translation>刪除標記…</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="126"/>
        <source>Highlight, {0}</source>
        <translation>標記，{0}</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="168"/>
        <source>Select a passage to highlight</source>
        <translation>請先選取要標記的段落</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="218"/>
        <source>Highlight kept</source>
        <translation>已儲存標記</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="218"/>
        <source>Note kept</source>
        <translation>已儲存筆記</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="226"/>
        <source>The library was not changed: {0}</source>
        <translation>文庫未被更改：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="261"/>
        <source>Delete Highlight</source>
        <translation>刪除標記</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="262"/>
        <source>Delete the highlight 「{0}」? This cannot be undone.</source>
        <translation>刪除標記「{0}」？此操作無法復原。</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="289"/>
        <source>Highlight deleted</source>
        <translation>已刪除標記</translation>
    </message>
    <message>
        <source>The note was not kept: {0}</source>
        <translation type="vanished">筆記未能儲存：{0}</translation>
    </message>
</context>
<context>
    <name>ImportFeature</name>
    <message>
        <location filename="../../gui/import_feature.py" line="57"/>
        <source>&amp;Import Files…</source>
        <translation>匯入檔案(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/import_feature.py" line="58"/>
        <source>Import &amp;Folder…</source>
        <translation>匯入資料夾(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/import_feature.py" line="63"/>
        <source>Import files</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <location filename="../../gui/import_feature.py" line="70"/>
        <source>Import folder</source>
        <translation>匯入資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/import_feature.py" line="79"/>
        <source>An import is already running.</source>
        <translation>已有匯入正在進行。</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="129"/>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="130"/>
        <source>Looking for files…</source>
        <translation>正在查詢檔案…</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="131"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="166"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="183"/>
        <source>{0} of {1} files · {2}</source>
        <translation>第 {0} / {1} 個檔案 · {2}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="201"/>
        <source>The import stopped: {0}
Articles imported before stay imported.</source>
        <translation>匯入已停止：{0}
之前匯入的文章仍然保留。</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="177"/>
        <source>Preparing fast search for common two-character words: {0} of {1}</source>
        <translation>正在為常用雙字詞準備快速搜尋：{0} / {1}</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="49"/>
        <source>Import finished</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="52"/>
        <source>Files found: {0}</source>
        <translation>找到的檔案：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="53"/>
        <source>Imported: {0}</source>
        <translation>已匯入：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="54"/>
        <source>Already in the library: {0}</source>
        <translation>文庫中已有：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="55"/>
        <source>Failed: {0}</source>
        <translation>失敗：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="58"/>
        <source>Imported with warnings: {0}</source>
        <translation>匯入時有警告：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="60"/>
        <source>Not reached: {0}</source>
        <translation>未處理：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="62"/>
        <source>The import was cancelled; the files before it stay imported.</source>
        <translation>匯入已取消；之前的檔案仍然保留。</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="65"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="80"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="64"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>LibraryHealth</name>
    <message>
        <location filename="../../gui/library_health.py" line="43"/>
        <source>&amp;Back Up Library…</source>
        <translation>備份文庫(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="78"/>
        <source>A quick check of {0} found:

{1}</source>
        <translation>快速檢查 {0} 發現：

{1}</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="84"/>
        <source>The damage is in the file itself: restore a backup of the library.</source>
        <translation>損壞在檔案本身：請還原文庫的備份。</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="88"/>
        <source>Repair rebuilds the search index and the counts from the stored texts, after copying the library.</source>
        <translation>修復會先複製文庫，再根據儲存的文字重建搜尋索引和計數。</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="92"/>
        <source>Library check</source>
        <translation>文庫檢查</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="97"/>
        <source>Repair</source>
        <translation>修復</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="119"/>
        <source>a repair in the Duizhao window</source>
        <translation>對照視窗中的修復</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="113"/>
        <source>Repairing the library…</source>
        <translation>正在修復文庫…</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="125"/>
        <source>Search index rebuilt from {0} articles; a copy was kept as {1}</source>
        <translation>已根據 {0} 篇文章重建搜尋索引；副本保存為 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="131"/>
        <source>The library could not be changed: {0}</source>
        <translation>無法修改文庫：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="140"/>
        <source>Back up library</source>
        <translation>備份文庫</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="155"/>
        <source>Backing up the library…</source>
        <translation>正在備份文庫…</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="158"/>
        <source>The library was copied to {0}</source>
        <translation>文庫已複製到 {0}</translation>
    </message>
</context>
<context>
    <name>LibraryMenu</name>
    <message>
        <location filename="../../gui/library_menu.py" line="73"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="74"/>
        <source>&amp;New Library…</source>
        <translation>新建文庫(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="75"/>
        <source>&amp;Open Library…</source>
        <translation>開啟文庫(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="76"/>
        <source>no library</source>
        <translation>無文庫</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="77"/>
        <source>{0} — Duizhao</source>
        <translation>{0} — 對照</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="83"/>
        <source>{0} articles in the library</source>
        <translation>文庫中共 {0} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="104"/>
        <source>New library</source>
        <translation>新建文庫</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="116"/>
        <source>Open library</source>
        <translation>開啟文庫</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="125"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="134"/>
        <source>The library {0} no longer exists.</source>
        <translation>文庫 {0} 已不存在。</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../gui/view_base.py" line="169"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../../gui/view_base.py" line="202"/>
        <source>Cannot build this view: {0}</source>
        <translation>無法產生此檢視：{0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/mainwindow.py" line="261"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="262"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="263"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="264"/>
        <source>E&amp;ntities</source>
        <translation>實體(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="265"/>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="266"/>
        <source>&amp;Preferences…</source>
        <translation>首選項(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="267"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="268"/>
        <source>&amp;Find</source>
        <translation>查詢(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="269"/>
        <source>&amp;About Duizhao</source>
        <translation>關於對照(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="270"/>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="271"/>
        <source>Figures</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="308"/>
        <source>Duizhao</source>
        <translation>對照</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="319"/>
        <source>Cannot open the library:
{0}</source>
        <translation>無法開啟文庫：
{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="399"/>
        <source>About Duizhao</source>
        <translation>關於對照</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="vanished">最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation type="vanished">新建文庫(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="vanished">開啟文庫(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="vanished">匯入檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="vanished">匯入資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Export Selection…</source>
        <translation type="vanished">匯出所選(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;All Results…</source>
        <translation type="vanished">匯出全部結果(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Extract Entities</source>
        <translation type="vanished">提取實體(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Stop Extraction</source>
        <translation type="vanished">停止提取(&amp;S)</translation>
    </message>
    <message>
        <source>no library</source>
        <translation type="vanished">無文庫</translation>
    </message>
    <message>
        <source>{0} — Duizhao</source>
        <translation type="vanished">{0} — 對照</translation>
    </message>
    <message>
        <source>{0} articles in the library</source>
        <translation type="vanished">文庫中共 {0} 篇文章</translation>
    </message>
    <message>
        <source>New library</source>
        <translation type="vanished">新建文庫</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation type="vanished">開啟文庫</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="vanished">（無）</translation>
    </message>
    <message>
        <source>The library {0} no longer exists.</source>
        <translation type="vanished">文庫 {0} 已不存在。</translation>
    </message>
    <message>
        <source>Cannot search: {0}</source>
        <translation type="vanished">無法搜尋：{0}</translation>
    </message>
    <message>
        <source>{0} articles, {1} · {2:.0f} ms</source>
        <translation type="vanished">{0} 篇文章，{1} · {2:.0f} 毫秒</translation>
    </message>
    <message>
        <source>“{0}”: {1} articles, {2} hits · {3:.0f} ms</source>
        <translation type="vanished">“{0}”：{1} 篇文章，{2} 處命中 · {3:.0f} 毫秒</translation>
    </message>
    <message>
        <source>The library cannot be read: {0}</source>
        <translation type="vanished">無法讀取文庫：{0}</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation type="vanished">最新在前</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation type="vanished">最早在前</translation>
    </message>
    <message>
        <source>by title</source>
        <translation type="vanished">按標題</translation>
    </message>
    <message>
        <source>by relevance</source>
        <translation type="vanished">按相關度</translation>
    </message>
    <message>
        <source>{0} articles mention the selected entities</source>
        <translation type="vanished">{0} 篇文章提到所選實體</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="vanished">匯入檔案</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation type="vanished">匯入資料夾</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="vanished">已有匯入正在進行。</translation>
    </message>
    <message>
        <source>entity extraction in the Duizhao window</source>
        <translation type="vanished">對照視窗中的實體擷取</translation>
    </message>
    <message>
        <source>Entities %v/%m</source>
        <translation type="vanished">實體 %v/%m</translation>
    </message>
    <message>
        <source>Entities extracted from {0} articles</source>
        <translation type="vanished">已從 {0} 篇文章中提取實體</translation>
    </message>
    <message>
        <source>Entity extraction stopped: {0}</source>
        <translation type="vanished">實體提取已停止：{0}</translation>
    </message>
    <message>
        <source>Nothing selected to export</source>
        <translation type="vanished">沒有選中可匯出的內容</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="vanished">匯出為 CSV</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation type="vanished">匯出失敗：{0}</translation>
    </message>
    <message>
        <source>Exporting {0} articles…</source>
        <translation type="vanished">正在匯出 {0} 篇文章…</translation>
    </message>
    <message>
        <source>Exported {0} articles to {1}</source>
        <translation type="vanished">已將 {0} 篇文章匯出到 {1}</translation>
    </message>
    <message>
        <source>Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, in both scripts.</source>
        <translation type="vanished">對照（對照）：離線的中文新聞參考瀏覽器，簡繁兩種字型對照閱讀。</translation>
    </message>
</context>
<context>
    <name>MarkLegend</name>
    <message>
        <location filename="../../gui/mark_legend.py" line="58"/>
        <source>search hits</source>
        <translation>搜尋命中</translation>
    </message>
</context>
<context>
    <name>MentionWalk</name>
    <message>
        <location filename="../../gui/mention_walk.py" line="227"/>
        <source>{0} of {1} hits and mentions</source>
        <translation>第 {0} / {1} 處（命中與提及）</translation>
    </message>
    <message>
        <location filename="../../gui/mention_walk.py" line="229"/>
        <source>no hits or mentions</source>
        <translation>無命中，也無提及</translation>
    </message>
    <message>
        <location filename="../../gui/mention_walk.py" line="232"/>
        <source>mention {0} of {1}</source>
        <translation>第 {0} / {1} 處提及</translation>
    </message>
    <message>
        <location filename="../../gui/mention_walk.py" line="232"/>
        <source>no mentions</source>
        <translation>無提及</translation>
    </message>
    <message>
        <location filename="../../gui/mention_walk.py" line="234"/>
        <source>hit {0} of {1}</source>
        <translation>第 {0} / {1} 處命中</translation>
    </message>
    <message>
        <location filename="../../gui/mention_walk.py" line="234"/>
        <source>no hits</source>
        <translation>無命中</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../gui/merge_dialog.py" line="31"/>
        <source>Merge into</source>
        <translation>合併到</translation>
    </message>
    <message>
        <location filename="../../gui/merge_dialog.py" line="37"/>
        <source>Filter (either script)</source>
        <translation>篩選（簡繁均可）</translation>
    </message>
    <message>
        <location filename="../../gui/merge_dialog.py" line="52"/>
        <source>Merge %s into:</source>
        <translation>把 %s 合併到：</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../gui/network_view.py" line="284"/>
        <source>Names (no figures or dates)</source>
        <translation>名稱（不含數字和日期）</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="285"/>
        <source>All types</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="288"/>
        <source>Same article</source>
        <translation>同一篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="289"/>
        <source>Same sentence</source>
        <translation>同一句話</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="290"/>
        <source>At least</source>
        <translation>至少</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="292"/>
        <location filename="../../gui/network_view.py" line="324"/>
        <source> shared sentence(s)</source>
        <translation> 個共同句子</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="294"/>
        <location filename="../../gui/network_view.py" line="326"/>
        <source> shared article(s)</source>
        <translation> 篇共同文章</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="305"/>
        <source>Select an entity in the tree to see the entities that appear with it.</source>
        <translation>在實體樹中選擇一個實體，即可檢視與它一同出現的實體。</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="306"/>
        <source>No other entity shares that many articles with the selection.</source>
        <translation>沒有其他實體與所選實體共同出現在這麼多文章中。</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="340"/>
        <source>Entities in the same sentences as {0}</source>
        <translation>與{0}出現在同一句話中的實體</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="342"/>
        <source>Entities in the same articles as {0}</source>
        <translation>與{0}出現在同一篇文章中的實體</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="347"/>
        <source>{0} entities, {1} links; node size: mentions; line: shared {2}</source>
        <translation>{0} 個實體，{1} 條連線；圓點大小：提及次數；線條：共同{2}</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="350"/>
        <source>sentences</source>
        <translation>句子</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="350"/>
        <source>articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="354"/>
        <source>The {0} entities sharing most are shown; {1} more left out (raise the minimum or choose a type)</source>
        <translation>顯示共同出現最多的 {0} 個實體；另有 {1} 個未顯示（可提高下限或選擇類型）</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="361"/>
        <source>{0} mention(s)</source>
        <translation>提及 {0} 次</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="375"/>
        <source>{0} sentence(s) shared with the selection</source>
        <translation>與所選實體共同出現在 {0} 個句子中</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="377"/>
        <source>{0} article(s) shared with the selection</source>
        <translation>與所選實體共同出現在 {0} 篇文章中</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="379"/>
        <source>Click to select it</source>
        <translation>點擊選擇它</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="382"/>
        <source>network</source>
        <translation>關係網絡</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../gui/notes_panel.py" line="129"/>
        <source>Search notes, passages and titles</source>
        <translation>搜尋筆記、段落和標題</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="131"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="131"/>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="131"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="131"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="133"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="134"/>
        <source>Delete the selected notes (after asking)</source>
        <translation>刪除選取的筆記（會先確認）</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="135"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="137"/>
        <source>Save the notes listed, with their citations, as a CSV file</source>
        <translation>將列出的筆記連同引文儲存為 CSV 檔案</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="182"/>
        <source>The notes could not be read: {0}</source>
        <translation>無法讀取筆記：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="194"/>
        <source>(whole article)</source>
        <translation>（整篇文章）</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="212"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notes_panel.py" line="214"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 則筆記</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="244"/>
        <source>The article of this note is no longer in the library</source>
        <translation>這則筆記所屬的文章已不在文庫中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notes_panel.py" line="256"/>
        <source>Delete %n note(s)? This cannot be undone.</source>
        <translation>
            <numerusform>刪除 %n 則筆記？此操作無法復原。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="258"/>
        <source>Delete the highlight 「{0}」? This cannot be undone.</source>
        <translation>刪除標記「{0}」？此操作無法復原。</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="262"/>
        <source>Delete the note on the whole article? This cannot be undone.</source>
        <translation>刪除這則整篇文章的筆記？此操作無法復原。</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="264"/>
        <source>Delete notes</source>
        <translation>刪除筆記</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notes_panel.py" line="290"/>
        <source>%n note(s) deleted</source>
        <translation>
            <numerusform>已刪除 %n 則筆記</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="298"/>
        <source>That did not work: {0}</source>
        <translation>操作未完成：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="307"/>
        <source>Export notes</source>
        <translation>匯出筆記</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="307"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notes_panel.py" line="327"/>
        <source>Exported %n note(s) to {0}</source>
        <translation>
            <numerusform>已將 %n 則筆記匯出到 {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../gui/operations.py" line="133"/>
        <source>the library is read-only: nothing can be changed</source>
        <translation>文庫是唯讀的：不能修改</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <location filename="../../gui/page_bar.py" line="43"/>
        <source>Previous page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <location filename="../../gui/page_bar.py" line="44"/>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>上一頁 (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../gui/page_bar.py" line="45"/>
        <source>Next page</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <location filename="../../gui/page_bar.py" line="46"/>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>下一頁 (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../gui/page_bar.py" line="61"/>
        <source>page {0} of {1}</source>
        <translation>第 {0} / {1} 頁</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="23"/>
        <source>Preferences</source>
        <translation>首選項</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="27"/>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="33"/>
        <source>Automatic (the other script)</source>
        <translation>自動（另一種字型）</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="51"/>
        <source>Larger files are listed in the import summary, not read.</source>
        <translation>更大的檔案不會讀取，只在匯入摘要中列出。</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="54"/>
        <source>The language changes as soon as you press OK.</source>
        <translation>按“確定”後介面語言立即切換。</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="62"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="63"/>
        <source>&amp;Conversion:</source>
        <translation>轉換(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="64"/>
        <source>Largest file to &amp;import:</source>
        <translation>匯入檔案大小上限(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../gui/reader.py" line="258"/>
        <source>Automatic (the other script)</source>
        <translation>自動（另一種字型）</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="273"/>
        <source>&amp;Conversion:</source>
        <translation>轉換(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="276"/>
        <source>How the second pane is converted from the original.
Automatic shows the other script: Simplified for a Traditional article, Traditional for a Simplified one.
A Simplified article is converted directly to the chosen variant; for a Traditional article and a Traditional variant (Taiwan, Hong Kong) the text is first made Simplified, then converted, so the variant&apos;s own characters and phrases show.</source>
        <translation>第二欄如何由原文轉換。
“自動”顯示另一種字型：繁體文章顯示簡體，簡體文章顯示繁體。
簡體文章直接轉換為所選變體；繁體文章選繁體變體（臺灣、香港）時，先轉為簡體再轉換，以顯示該變體特有的字形和用語。</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="285"/>
        <source>Swap sides</source>
        <translation>左右互換</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="286"/>
        <source>Show the original on the other side</source>
        <translation>把原文顯示在另一側</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="287"/>
        <source>Copy with citation</source>
        <translation>複製並附出處</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="288"/>
        <source>Next hit or mention</source>
        <translation>下一處命中或提及</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="289"/>
        <source>Next hit or mention (F3)</source>
        <translation>下一處命中或提及（F3）</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="290"/>
        <source>Previous hit or mention</source>
        <translation>上一處命中或提及</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="291"/>
        <source>Previous hit or mention (Shift+F3)</source>
        <translation>上一處命中或提及（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="292"/>
        <source>Next</source>
        <translation>下一處</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="293"/>
        <source>Previous</source>
        <translation>上一處</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="294"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="295"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="296"/>
        <source>Actual size</source>
        <translation>原始大小</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="390"/>
        <source>No article open</source>
        <translation>未開啟文章</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="468"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="469"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="470"/>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="471"/>
        <source>Park or zone</source>
        <translation>園區</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="472"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="473"/>
        <source>Figure</source>
        <translation>數據</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="474"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="494"/>
        <source>{name}
{type} · {n} mention(s) in this article</source>
        <translation>{name}
{type} · 本文中出現 {n} 次</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="499"/>
        <source>{0} mention(s) in {1} article(s) of the library</source>
        <translation>文庫中共提及 {0} 次，見於 {1} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="652"/>
        <source>Select some text to copy with its citation</source>
        <translation>請先選擇要複製的文字</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="657"/>
        <source>Copied with citation</source>
        <translation>已複製並附出處</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation type="vanished">下一處命中</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation type="vanished">下一處命中（F3）</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation type="vanished">上一處命中</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation type="vanished">上一處命中（Shift+F3）</translation>
    </message>
    <message>
        <source>no hits</source>
        <translation type="vanished">無命中</translation>
    </message>
    <message>
        <source>hit {0} of {1}</source>
        <translation type="vanished">第 {0} / {1} 處命中</translation>
    </message>
    <message>
        <source>Duizhao article {uid}</source>
        <translation type="vanished">對照文章 {uid}</translation>
    </message>
</context>
<context>
    <name>RegionalToggle</name>
    <message>
        <location filename="../../gui/regional_toggle.py" line="60"/>
        <source>Regional words</source>
        <translation>地區用詞</translation>
    </message>
    <message>
        <location filename="../../gui/regional_toggle.py" line="63"/>
        <source>Also find the Taiwan and Hong Kong words for the searched words, and the mainland words for theirs (信息 / 資訊, 软件 / 軟體, 网络 / 網路), from OpenCC&apos;s phrase tables</source>
        <translation>同時查找所搜詞語的台灣、香港用詞，以及台港用詞對應的大陸用詞（信息 / 資訊、软件 / 軟體、网络 / 網路），依據 OpenCC 的詞組表</translation>
    </message>
    <message>
        <location filename="../../gui/regional_toggle.py" line="107"/>
        <source>also: {0}</source>
        <translation>另查：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/regional_toggle.py" line="109"/>
        <source>no regional words</source>
        <translation>無地區用詞</translation>
    </message>
</context>
<context>
    <name>RespellDialog</name>
    <message>
        <location filename="../../gui/respell_dialog.py" line="41"/>
        <source>Spelling of the name…</source>
        <translation>名稱的寫法…</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="79"/>
        <source>Spelling of a name</source>
        <translation>名稱的寫法</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="82"/>
        <source>How {name} is written in each script. The reader and exports write it so in a conversion to that script, instead of converting it. Leave a field empty to convert the name again.</source>
        <translation>{name} 在兩種字體中的寫法。閱讀器和匯出在轉換為該字體時照此書寫，不再轉換。留空則重新按轉換書寫。</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="87"/>
        <source>&amp;Simplified:</source>
        <translation>簡體(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="88"/>
        <source>&amp;Traditional:</source>
        <translation>繁體(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="90"/>
        <source>converted</source>
        <translation>按轉換</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="120"/>
        <source>{0} is another name, not a spelling of {1}: rename it or add an alias.</source>
        <translation>{0} 是另一個名稱，不是 {1} 的寫法：請改名或新增別名。</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../gui/results_model.py" line="214"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="214"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="214"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="220"/>
        <source>Hits + mentions</source>
        <translation>命中 + 提及</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="222"/>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="223"/>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="275"/>
        <source>at least {0} search hit(s) (the first {1} characters counted)</source>
        <translation>至少 {0} 處搜尋命中（只數了前 {1} 個字元）</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="279"/>
        <source>{0} search hit(s)</source>
        <translation>{0} 處搜尋命中</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="282"/>
        <source>{0} mention(s) of the selected entities</source>
        <translation>所選實體被提及 {0} 次</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="215"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
</context>
<context>
    <name>SavedPanel</name>
    <message>
        <location filename="../../gui/saved_panel.py" line="123"/>
        <source>Saved search</source>
        <translation>已儲存的搜尋</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="123"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="124"/>
        <source>Save Current Search…</source>
        <translation>儲存目前的搜尋…</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="125"/>
        <source>Keep the search and its filters under a name</source>
        <translation>以一個名稱儲存搜尋及其篩選條件</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="126"/>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="127"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="164"/>
        <source>That did not work: {0}</source>
        <translation>操作未完成：{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/saved_panel.py" line="174"/>
        <source>%n new</source>
        <translation>
            <numerusform>新增 %n 篇</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="177"/>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="178"/>
        <location filename="../../gui/saved_panel.py" line="259"/>
        <source>every article</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="179"/>
        <source>Last opened: {0}</source>
        <translation>上次開啟：{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/saved_panel.py" line="188"/>
        <source>%n saved</source>
        <translation>
            <numerusform>已儲存 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="262"/>
        <source>Save Search</source>
        <translation>儲存搜尋</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="264"/>
        <source>Name for the search
{0}
(a saved search of the same name is replaced)</source>
        <translation>為此搜尋命名
{0}
（同名的已儲存搜尋會被取代）</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="274"/>
        <source>Search saved as {0}</source>
        <translation>搜尋已儲存為 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="289"/>
        <source>Rename Saved Search</source>
        <translation>重新命名已儲存的搜尋</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="289"/>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="307"/>
        <source>Delete Saved Search</source>
        <translation>刪除已儲存的搜尋</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="309"/>
        <source>Delete the saved search {0}? The articles stay; this cannot be undone.</source>
        <translation>刪除已儲存的搜尋 {0}？文章不受影響；此操作無法復原。</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../gui/search_bar.py" line="148"/>
        <source>Search both scripts: 创新 协同, &quot;京津冀 协同&quot;, 北京 OR 天津, -河北</source>
        <translation>簡繁通搜：創新 協同、&quot;京津冀 協同&quot;、北京 OR 天津、-河北</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="152"/>
        <source>Words are all required; quotes make a phrase; OR joins alternatives; -word excludes.
Up/Down walk through earlier searches.</source>
        <translation>所有詞都須出現；引號表示短語；OR 表示任一；-詞 表示排除。
上下方向鍵瀏覽搜尋歷史。</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="156"/>
        <source>Earlier searches</source>
        <translation>搜尋歷史</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="157"/>
        <source>&amp;Order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="159"/>
        <source>Relevance</source>
        <translation>相關度</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="160"/>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="161"/>
        <source>Oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="162"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="224"/>
        <source>(no earlier searches)</source>
        <translation>（沒有搜尋歷史）</translation>
    </message>
</context>
<context>
    <name>SearchRunner</name>
    <message>
        <location filename="../../gui/search_runner.py" line="122"/>
        <source>Cannot search: {0}</source>
        <translation>無法搜尋：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/search_runner.py" line="124"/>
        <source>The library cannot be read: {0}</source>
        <translation>無法讀取文庫：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/search_runner.py" line="171"/>
        <source>1 hit</source>
        <translation>1 處命中</translation>
    </message>
    <message>
        <location filename="../../gui/search_runner.py" line="171"/>
        <source>{0} hits</source>
        <translation>{0} 處命中</translation>
    </message>
    <message>
        <location filename="../../gui/search_runner.py" line="172"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <source>{0}, {1} hits</source>
        <translation type="vanished">{0}，{1} 處命中</translation>
    </message>
    <message>
        <source>{0} articles</source>
        <translation type="vanished">{0} 篇文章</translation>
    </message>
    <message>
        <source>{0} articles, {1} hits</source>
        <translation type="vanished">{0} 篇文章，{1} 處命中</translation>
    </message>
</context>
<context>
    <name>SearchSpec</name>
    <message>
        <location filename="../../gui/spec_text.py" line="18"/>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="19"/>
        <source>organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="20"/>
        <source>place</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="21"/>
        <source>park or zone</source>
        <translation>園區或開發區</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="22"/>
        <source>document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="23"/>
        <source>figure</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="24"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="30"/>
        <source>mentions {0}</source>
        <translation>提及 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="34"/>
        <source>a {0}</source>
        <translation>含{0}</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="35"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="44"/>
        <source>from {0}</source>
        <translation>來源 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="45"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="51"/>
        <source>newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="52"/>
        <source>oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="53"/>
        <source>by title</source>
        <translation>按標題</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="78"/>
        <source>1 article</source>
        <translation>1 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="79"/>
        <source>{0} articles</source>
        <translation>{0} 篇文章</translation>
    </message>
</context>
<context>
    <name>SelectionExport</name>
    <message>
        <location filename="../../gui/selection_export.py" line="79"/>
        <source>selected articles</source>
        <translation>所選文章</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="121"/>
        <source>selected entities</source>
        <translation>所選實體</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="130"/>
        <source>mentions of selected entities</source>
        <translation>所選實體的提及</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="142"/>
        <source>selected figures</source>
        <translation>所選資料</translation>
    </message>
</context>
<context>
    <name>SelectionExporter</name>
    <message>
        <location filename="../../gui/selection_export.py" line="202"/>
        <source>&amp;Export Selection…</source>
        <translation>匯出所選(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="203"/>
        <source>Export what is selected where the focus is, to CSV</source>
        <translation>將焦點所在處選取的內容匯出為 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="235"/>
        <source>Export %s…</source>
        <translation>匯出%s…</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="273"/>
        <location filename="../../gui/selection_export.py" line="281"/>
        <source>Nothing selected to export</source>
        <translation>沒有選中可匯出的內容</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="308"/>
        <source>Exporting</source>
        <translation>正在匯出</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="309"/>
        <source>Writing %s…</source>
        <translation>正在寫入 %s…</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="314"/>
        <source>Exporting %s…</source>
        <translation>正在匯出%s…</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="320"/>
        <source>Exported 1 row to %s</source>
        <translation>已匯出 1 列到 %s</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="322"/>
        <source>Exported %s rows to %s</source>
        <translation>已匯出 %s 列到 %s</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="331"/>
        <source>Could not export to %s: %s</source>
        <translation>無法匯出到 %s：%s</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../gui/timeline_view.py" line="246"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="247"/>
        <source>By year</source>
        <translation>按年</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="248"/>
        <source>undated</source>
        <translation>無日期</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="261"/>
        <source>Select an entity in the tree, or search, to see its mentions per month.</source>
        <translation>在實體樹中選擇一個實體或進行搜尋，即可檢視每月的提及次數。</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="263"/>
        <source>Nothing to show: no mentions in the filtered articles.</source>
        <translation>沒有可顯示的內容：篩選出的文章中沒有提及。</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="289"/>
        <source>Mentions of {0} per year</source>
        <translation>{0}每年的提及次數</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="291"/>
        <source>Mentions of {0} per month</source>
        <translation>{0}每月的提及次數</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="293"/>
        <source>mentions</source>
        <translation>提及次數</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="296"/>
        <source>Articles matching the search per year</source>
        <translation>每年符合搜尋的文章</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="298"/>
        <source>Articles matching the search per month</source>
        <translation>每月符合搜尋的文章</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="300"/>
        <source>articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="309"/>
        <source>{0}: {1} mention(s) in {2} article(s)</source>
        <translation>{0}：在 {2} 篇文章中提及 {1} 次</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="313"/>
        <source>{0}: {1} article(s)</source>
        <translation>{0}：{1} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="315"/>
        <source>Click to show only this period</source>
        <translation>點擊只顯示這一時段</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="324"/>
        <source>timeline</source>
        <translation>時間軸</translation>
    </message>
</context>
<context>
    <name>UncertainBar</name>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="24"/>
        <source>Uncertain conversion: {0}
Other forms: {1}
No phrase settled this choice.</source>
        <translation>不確定的轉換：{0}
其他寫法：{1}
沒有詞組確定這一選擇。</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="28"/>
        <source>Uncertain conversion: {0}
Other forms: {1}
This is OpenCC&apos;s standard form; regional standards (Taiwan, Hong Kong) may write it differently.</source>
        <translation>不確定的轉換：{0}
其他寫法：{1}
這是 OpenCC 的標準字形；地區標準（台灣、香港）可能寫法不同。</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="107"/>
        <source>no uncertain conversions</source>
        <translation>沒有不確定的轉換</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="109"/>
        <source>1 uncertain conversion</source>
        <translation>1 處不確定的轉換</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="111"/>
        <source>{0} uncertain conversions</source>
        <translation>{0} 處不確定的轉換</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="113"/>
        <source>on this page</source>
        <translation>（本頁）</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="115"/>
        <source>{0} of {1}</source>
        <translation>第 {0} 處，共 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="120"/>
        <source>Characters with several forms in the other script where no phrase of the conversion&apos;s dictionaries settled the choice: the conversion wrote its first form. They are underlined in grey in the converted pane; hover over one to see the other forms.</source>
        <translation>在另一種字體中有多種寫法、而轉換詞典中沒有詞組確定選擇的字：轉換寫出了第一種寫法。它們在轉換窗格中以灰色底線標出；滑鼠停在字上可看到其他寫法。</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="127"/>
        <source>Previous uncertain conversion</source>
        <translation>上一處不確定的轉換</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="128"/>
        <source>Next uncertain conversion</source>
        <translation>下一處不確定的轉換</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="136"/>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="137"/>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="138"/>
        <source>mixed scripts</source>
        <translation>簡繁混合</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="140"/>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="142"/>
        <source>Original ({0})</source>
        <translation>原文（{0}）</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="147"/>
        <source>Converted by OpenCC t2s, then {0} ({1})</source>
        <translation>由 OpenCC t2s 再 {0} 轉換（{1}）</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="151"/>
        <source>Converted by OpenCC {0} ({1})</source>
        <translation>由 OpenCC {0} 轉換（{1}）</translation>
    </message>
</context>
<context>
    <name>ViewsPanel</name>
    <message>
        <location filename="../../gui/views_panel.py" line="47"/>
        <source>Timeline and network</source>
        <translation>時間軸與關係網絡</translation>
    </message>
    <message>
        <location filename="../../gui/views_panel.py" line="69"/>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <location filename="../../gui/views_panel.py" line="70"/>
        <source>Network</source>
        <translation>關係網絡</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <location filename="../../gui/waiting.py" line="29"/>
        <source>Waiting for {0} to finish with the library ({1} s)…</source>
        <translation>正在等待{0}結束對文庫的使用（{1} 秒）…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../gui/workspace.py" line="69"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="70"/>
        <source>Saved Searches</source>
        <translation>已存搜尋</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../gui/workspace.py" line="50"/>
        <source>selected notes</source>
        <translation>所選筆記</translation>
    </message>
</context>
</TS>
