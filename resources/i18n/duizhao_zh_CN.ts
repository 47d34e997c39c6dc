<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="43"/>
        <source>Cannot open the library:
{0}

Choose another library.</source>
        <translation>无法打开文库：
{0}

请选择其他文库。</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="49"/>
        <source>Open library</source>
        <translation>打开文库</translation>
    </message>
</context>
<context>
    <name>ArticleWarnings</name>
    <message>
        <location filename="../../gui/article_warnings.py" line="40"/>
        <source>Imported with a warning: {0}</source>
        <translation>导入时的警告：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/article_warnings.py" line="50"/>
        <source>page {0} of {1} has no text layer (scanned?); its text is missing</source>
        <translation>第 {0} 页（共 {1} 页）没有文字层（扫描件？），该页文字缺失</translation>
    </message>
    <message>
        <location filename="../../gui/article_warnings.py" line="52"/>
        <source>pages {0} of {1} have no text layer (scanned?); their text is missing</source>
        <translation>第 {0} 页（共 {1} 页）没有文字层（扫描件？），这些页的文字缺失</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../gui/filter_chips.py" line="48"/>
        <source>Remove this filter (Backspace)</source>
        <translation>去掉这个筛选条件（Backspace）</translation>
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
        <translation>（对照文章 {uid}）</translation>
    </message>
    <message>
        <location filename="../../gui/citation.py" line="20"/>
        <source>(article no longer in the library)</source>
        <translation>（文章已不在文库中）</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gui/crash.py" line="42"/>
        <source>Duizhao: unexpected error</source>
        <translation>对照：意外错误</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="46"/>
        <source>Something went wrong inside Duizhao. Your library has not been changed by this error and you can keep working.
Please copy the details below into a bug report.</source>
        <translation>对照内部出现了问题。此错误没有改动您的文库，您可以继续工作。
请把下面的详细信息复制到错误报告中。</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="59"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>Credits</name>
    <message>
        <location filename="../../gui/credits.py" line="13"/>
        <source>Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, in both scripts.</source>
        <translation>对照（對照）：离线的中文新闻参考浏览器，简繁两种字体对照阅读。</translation>
    </message>
    <message>
        <location filename="../../gui/credits.py" line="18"/>
        <source>Dictionary: CC-CEDICT, published by MDBG, licensed under the Creative Commons Attribution-ShareAlike 4.0 International licence (https://creativecommons.org/licenses/by-sa/4.0/). https://cc-cedict.org/wiki/</source>
        <translation>词典：CC-CEDICT，由 MDBG 发布，采用知识共享 署名-相同方式共享 4.0 国际许可协议（https://creativecommons.org/licenses/by-sa/4.0/）。https://cc-cedict.org/wiki/</translation>
    </message>
    <message>
        <location filename="../../gui/credits.py" line="25"/>
        <source>Script conversion and regional vocabulary: OpenCC&apos;s dictionaries (Apache-2.0). Pinyin of words the dictionary lacks: pypinyin (MIT).</source>
        <translation>简繁转换与地区用词：OpenCC 的词典（Apache-2.0）。词典未收词语的拼音：pypinyin（MIT）。</translation>
    </message>
</context>
<context>
    <name>CurationActions</name>
    <message>
        <location filename="../../gui/curation_actions.py" line="81"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="89"/>
        <source>no library is open</source>
        <translation>未打开文库</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="99"/>
        <location filename="../../gui/curation_actions.py" line="188"/>
        <location filename="../../gui/curation_actions.py" line="202"/>
        <source>select an entity first</source>
        <translation>请先选择一个实体</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="152"/>
        <source>select the entities to merge first</source>
        <translation>请先选择要合并的实体</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="160"/>
        <source>nothing to change</source>
        <translation>没有需要更改的内容</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="192"/>
        <source>no hidden entity is selected</source>
        <translation>未选择已隐藏的实体</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="198"/>
        <source>no uncertain entity is selected</source>
        <translation>未选中不确定的实体</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="259"/>
        <source>Undo %s</source>
        <translation>撤销%s</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="259"/>
        <source>Undo</source>
        <translation>撤销</translation>
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
        <translation>无法更改实体</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="288"/>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="290"/>
        <source>Change type</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="297"/>
        <source>Add alias…</source>
        <translation>添加别名…</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="302"/>
        <source>Split off</source>
        <translation>拆分出名称</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="308"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="310"/>
        <source>Show again</source>
        <translation>重新显示</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="312"/>
        <source>Keep in the tree</source>
        <translation>保留在列表中</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="313"/>
        <source>Delete (not an entity)</source>
        <translation>删除（不是实体）</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="327"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="327"/>
        <source>New name for %s:</source>
        <translation>%s 的新名称：</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="336"/>
        <source>Add alias</source>
        <translation>添加别名</translation>
    </message>
    <message>
        <location filename="../../gui/curation_actions.py" line="336"/>
        <source>Another name for %s:</source>
        <translation>%s 的另一个名称：</translation>
    </message>
</context>
<context>
    <name>DatesSourcesDialog</name>
    <message>
        <location filename="../../gui/dates_sources.py" line="45"/>
        <source>Dates and sources</source>
        <translation>日期和来源</translation>
    </message>
    <message>
        <location filename="../../gui/dates_sources.py" line="49"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../gui/dates_sources.py" line="65"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../gui/dates_sources.py" line="66"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../gui/dates_sources.py" line="69"/>
        <source>Sources (none checked: all)</source>
        <translation>来源（都不勾选：全部）</translation>
    </message>
</context>
<context>
    <name>DictionaryPopup</name>
    <message>
        <location filename="../../gui/dictionary_popup.py" line="65"/>
        <source>Look up word</source>
        <translation>查词典</translation>
    </message>
    <message>
        <location filename="../../gui/dictionary_popup.py" line="67"/>
        <source>Dictionary entries of the word at the cursor ({0})</source>
        <translation>光标处词语的词典释义（{0}）</translation>
    </message>
    <message>
        <location filename="../../gui/dictionary_popup.py" line="85"/>
        <source>{0} more entries: python main.py define WORD lists them all</source>
        <translation>另有 {0} 条：python main.py define 词语 可列出全部</translation>
    </message>
    <message>
        <location filename="../../gui/dictionary_popup.py" line="97"/>
        <source>Not in CC-CEDICT: pypinyin&apos;s reading of the characters</source>
        <translation>CC-CEDICT 未收：拼音由 pypinyin 按字标注</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../../gui/entity_panel.py" line="166"/>
        <source>Filter names (either script)</source>
        <translation>筛选名称（简繁均可）</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="167"/>
        <source>By count</source>
        <translation>按次数</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="168"/>
        <source>By pinyin</source>
        <translation>按拼音</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="169"/>
        <source>Order of the entities within each type</source>
        <translation>每种类型内实体的排列顺序</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="170"/>
        <source>Show hidden</source>
        <translation>显示已隐藏</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="171"/>
        <source>Also list the entities you have hidden</source>
        <translation>也列出您隐藏的实体</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="174"/>
        <source>Also list the names the extractor is unsure of (shown in grey italics)</source>
        <translation>同时列出提取时不确定的名称（以灰色斜体显示）</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="176"/>
        <source>Copy names</source>
        <translation>复制名称</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="294"/>
        <source>Show %s uncertain</source>
        <translation>显示 %s 个不确定项</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="vanished">重命名…</translation>
    </message>
    <message>
        <source>no library is open</source>
        <translation type="vanished">未打开文库</translation>
    </message>
    <message>
        <source>select an entity first</source>
        <translation type="vanished">请先选择一个实体</translation>
    </message>
    <message>
        <source>select the entities to merge first</source>
        <translation type="vanished">请先选择要合并的实体</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation type="vanished">没有需要更改的内容</translation>
    </message>
    <message>
        <source>no hidden entity is selected</source>
        <translation type="vanished">未选择已隐藏的实体</translation>
    </message>
    <message>
        <source>no uncertain entity is selected</source>
        <translation type="vanished">未选中不确定的实体</translation>
    </message>
    <message>
        <source>Undo %s</source>
        <translation type="vanished">撤销%s</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">撤销</translation>
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
        <translation type="vanished">无法更改实体</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="vanished">合并到…</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation type="vanished">更改类型</translation>
    </message>
    <message>
        <source>Add alias…</source>
        <translation type="vanished">添加别名…</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation type="vanished">拆分出名称</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="vanished">隐藏</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation type="vanished">重新显示</translation>
    </message>
    <message>
        <source>Keep in the tree</source>
        <translation type="vanished">保留在列表中</translation>
    </message>
    <message>
        <source>Delete (not an entity)</source>
        <translation type="vanished">删除（不是实体）</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="vanished">重命名</translation>
    </message>
    <message>
        <source>New name for %s:</source>
        <translation type="vanished">%s 的新名称：</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation type="vanished">添加别名</translation>
    </message>
    <message>
        <source>Another name for %s:</source>
        <translation type="vanished">%s 的另一个名称：</translation>
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
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="77"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="78"/>
        <source>Parks and zones</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="79"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="80"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="81"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="354"/>
        <source>Name</source>
        <translation>名称</translation>
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
        <translation>实体名称</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="358"/>
        <source>Number of mentions in all articles</source>
        <translation>在所有文章中被提及的次数</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="359"/>
        <source>Number of articles that mention it</source>
        <translation>提及它的文章数</translation>
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
        <translation>相关：%s</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="430"/>
        <source>%s mentions in %s articles</source>
        <translation>提及 %s 次，见于 %s 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="432"/>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="434"/>
        <source>(uncertain: confidence %s)</source>
        <translation>（不确定：置信度 %s）</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../gui/view_export.py" line="95"/>
        <location filename="../../gui/view_export.py" line="107"/>
        <location filename="../../gui/view_export.py" line="116"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="96"/>
        <source>Picture as PNG…</source>
        <translation>图片（PNG）…</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="97"/>
        <source>Picture as SVG…</source>
        <translation>图片（SVG）…</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="98"/>
        <source>Data as CSV…</source>
        <translation>数据（CSV）…</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="102"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="103"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="104"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/view_export.py" line="116"/>
        <source>Cannot export: {0}</source>
        <translation>无法导出：{0}</translation>
    </message>
</context>
<context>
    <name>ExportFeature</name>
    <message>
        <location filename="../../gui/export_feature.py" line="64"/>
        <source>&amp;Export Selection…</source>
        <translation>导出所选(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="65"/>
        <source>Export &amp;All Results…</source>
        <translation>导出全部结果(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="71"/>
        <source>Nothing selected to export</source>
        <translation>没有选中可导出的内容</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="75"/>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="101"/>
        <source>Exporting {0} articles…</source>
        <translation>正在导出 {0} 篇文章…</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="104"/>
        <source>Exported {0} articles to {1}</source>
        <translation>已将 {0} 篇文章导出到 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/export_feature.py" line="105"/>
        <source>The export failed: {0}</source>
        <translation>导出失败：{0}</translation>
    </message>
</context>
<context>
    <name>ExtractionFeature</name>
    <message>
        <location filename="../../gui/extraction_feature.py" line="75"/>
        <source>&amp;Extract Entities</source>
        <translation>提取实体(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/extraction_feature.py" line="76"/>
        <source>&amp;Stop Extraction</source>
        <translation>停止提取(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/extraction_feature.py" line="77"/>
        <source>Entities %v/%m</source>
        <translation>实体 %v/%m</translation>
    </message>
    <message>
        <location filename="../../gui/extraction_feature.py" line="143"/>
        <source>entity extraction in the Duizhao window</source>
        <translation>对照窗口中的实体抽取</translation>
    </message>
    <message>
        <location filename="../../gui/extraction_feature.py" line="166"/>
        <source>Entities extracted from {0} articles</source>
        <translation>已从 {0} 篇文章中提取实体</translation>
    </message>
    <message>
        <location filename="../../gui/extraction_feature.py" line="170"/>
        <source>Entity extraction stopped: {0}</source>
        <translation>实体提取已停止：{0}</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../gui/facet_panel.py" line="94"/>
        <source>Facets</source>
        <translation>分面统计</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="108"/>
        <source>Narrow by</source>
        <translation>按此缩小</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="108"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="169"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="vanished">人物</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="vanished">机构</translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="vanished">地点</translation>
    </message>
    <message>
        <source>Parks and zones</source>
        <translation type="vanished">园区</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="vanished">文件</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="vanished">数据</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="vanished">日期</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="232"/>
        <source>1 article in the results</source>
        <translation>结果中共 1 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="234"/>
        <source>%s articles in the results</source>
        <translation>结果中共 %s 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="238"/>
        <source>Entity types</source>
        <translation>实体类型</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="242"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="244"/>
        <source>(no source)</source>
        <translation>（无来源）</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="247"/>
        <source>%s more sources</source>
        <translation>另有 %s 个来源</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="251"/>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="253"/>
        <source>(undated)</source>
        <translation>（无日期）</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../gui/figures_model.py" line="110"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="111"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="112"/>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="113"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="114"/>
        <source>Figure</source>
        <translation>数据</translation>
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
        <translation>数量的数值（万、亿已换算）</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="121"/>
        <source>Unit of the amount</source>
        <translation>数量的单位</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="122"/>
        <source>约, 超过, 以上 … written with the figure</source>
        <translation>与数据一同写出的约、超过、以上等</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="123"/>
        <source>What the figure is about</source>
        <translation>数据所说明的对象</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="124"/>
        <source>The figure as written in the article</source>
        <translation>文章中的原始写法</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="125"/>
        <source>Title of the article</source>
        <translation>文章标题</translation>
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
        <translation>按单位、主题或文字筛选（简繁均可）</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="115"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="176"/>
        <source>%s figures</source>
        <translation>%s 项数据</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="178"/>
        <source>%s of %s figures</source>
        <translation>%s / %s 项数据</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="180"/>
        <source>(the %s found last; the library holds %s)</source>
        <translation>（最后找到的 %s 项；文库共有 %s 项）</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="242"/>
        <source>Open article</source>
        <translation>打开文章</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../gui/filter_chips.py" line="96"/>
        <source>Dates &amp;&amp; sources…</source>
        <translation>日期和来源…</translation>
    </message>
    <message>
        <location filename="../../gui/filter_chips.py" line="97"/>
        <source>Narrow the results to a date range and to sources</source>
        <translation>只看某个日期范围和某些来源的结果</translation>
    </message>
</context>
<context>
    <name>HighlightDialog</name>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="79"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="80"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="81"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="82"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="87"/>
        <source>Note on article</source>
        <translation>文章笔记</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="88"/>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="90"/>
        <source>Highlight</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../gui/highlight_dialog.py" line="91"/>
        <source>&amp;Comment (optional):</source>
        <translation>批注（可不填）(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <location filename="../../gui/highlights.py" line="83"/>
        <source>Highlight…</source>
        <translation>标记…</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="85"/>
        <source>Keep the selected passage with a colour and a comment (Ctrl+Shift+H)</source>
        <translation>以颜色和批注保存选中的段落（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="87"/>
        <source>Note on Article…</source>
        <translation>文章笔记…</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="88"/>
        <source>Keep a note on the whole article (Ctrl+Shift+N)</source>
        <translation>为整篇文章记笔记（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="89"/>
        <source>Delete Highlight…</source>
        <translation>删除标记…</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="126"/>
        <source>Highlight, {0}</source>
        <translation>标记，{0}</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="168"/>
        <source>Select a passage to highlight</source>
        <translation>请先选中要标记的段落</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="218"/>
        <source>Highlight kept</source>
        <translation>已保存标记</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="218"/>
        <source>Note kept</source>
        <translation>已保存笔记</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="226"/>
        <source>The library was not changed: {0}</source>
        <translation>文库未被更改：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="261"/>
        <source>Delete Highlight</source>
        <translation>删除标记</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="262"/>
        <source>Delete the highlight 「{0}」? This cannot be undone.</source>
        <translation>删除标记「{0}」？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/highlights.py" line="289"/>
        <source>Highlight deleted</source>
        <translation>已删除标记</translation>
    </message>
    <message>
        <source>The note was not kept: {0}</source>
        <translation type="vanished">笔记未能保存：{0}</translation>
    </message>
</context>
<context>
    <name>ImportFeature</name>
    <message>
        <location filename="../../gui/import_feature.py" line="57"/>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/import_feature.py" line="58"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/import_feature.py" line="63"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../gui/import_feature.py" line="70"/>
        <source>Import folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/import_feature.py" line="79"/>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="129"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="130"/>
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
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
        <translation>第 {0} / {1} 个文件 · {2}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="201"/>
        <source>The import stopped: {0}
Articles imported before stay imported.</source>
        <translation>导入已停止：{0}
之前导入的文章仍然保留。</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="177"/>
        <source>Preparing fast search for common two-character words: {0} of {1}</source>
        <translation>正在为常用双字词准备快速搜索：{0} / {1}</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="49"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="52"/>
        <source>Files found: {0}</source>
        <translation>找到的文件：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="53"/>
        <source>Imported: {0}</source>
        <translation>已导入：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="54"/>
        <source>Already in the library: {0}</source>
        <translation>文库中已有：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="55"/>
        <source>Failed: {0}</source>
        <translation>失败：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="58"/>
        <source>Imported with warnings: {0}</source>
        <translation>导入时有警告：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="60"/>
        <source>Not reached: {0}</source>
        <translation>未处理：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="62"/>
        <source>The import was cancelled; the files before it stay imported.</source>
        <translation>导入已取消；之前的文件仍然保留。</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="65"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="80"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="64"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>LibraryHealth</name>
    <message>
        <location filename="../../gui/library_health.py" line="43"/>
        <source>&amp;Back Up Library…</source>
        <translation>备份文库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="78"/>
        <source>A quick check of {0} found:

{1}</source>
        <translation>快速检查 {0} 发现：

{1}</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="84"/>
        <source>The damage is in the file itself: restore a backup of the library.</source>
        <translation>损坏在文件本身：请恢复文库的备份。</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="88"/>
        <source>Repair rebuilds the search index and the counts from the stored texts, after copying the library.</source>
        <translation>修复会先复制文库，再根据保存的文本重建搜索索引和计数。</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="92"/>
        <source>Library check</source>
        <translation>文库检查</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="97"/>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="119"/>
        <source>a repair in the Duizhao window</source>
        <translation>对照窗口中的修复</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="113"/>
        <source>Repairing the library…</source>
        <translation>正在修复文库…</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="125"/>
        <source>Search index rebuilt from {0} articles; a copy was kept as {1}</source>
        <translation>已根据 {0} 篇文章重建搜索索引；副本保存为 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="131"/>
        <source>The library could not be changed: {0}</source>
        <translation>无法修改文库：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="140"/>
        <source>Back up library</source>
        <translation>备份文库</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="155"/>
        <source>Backing up the library…</source>
        <translation>正在备份文库…</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="158"/>
        <source>The library was copied to {0}</source>
        <translation>文库已复制到 {0}</translation>
    </message>
</context>
<context>
    <name>LibraryMenu</name>
    <message>
        <location filename="../../gui/library_menu.py" line="73"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="74"/>
        <source>&amp;New Library…</source>
        <translation>新建文库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="75"/>
        <source>&amp;Open Library…</source>
        <translation>打开文库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="76"/>
        <source>no library</source>
        <translation>无文库</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="77"/>
        <source>{0} — Duizhao</source>
        <translation>{0} — 对照</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="83"/>
        <source>{0} articles in the library</source>
        <translation>文库中共 {0} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="104"/>
        <source>New library</source>
        <translation>新建文库</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="116"/>
        <source>Open library</source>
        <translation>打开文库</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="125"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/library_menu.py" line="134"/>
        <source>The library {0} no longer exists.</source>
        <translation>文库 {0} 已不存在。</translation>
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
        <translation>无法生成此视图：{0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/mainwindow.py" line="261"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="262"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="263"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="264"/>
        <source>E&amp;ntities</source>
        <translation>实体(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="265"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="266"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="267"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="268"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="269"/>
        <source>&amp;About Duizhao</source>
        <translation>关于对照(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="270"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="271"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="308"/>
        <source>Duizhao</source>
        <translation>对照</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="319"/>
        <source>Cannot open the library:
{0}</source>
        <translation>无法打开文库：
{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="399"/>
        <source>About Duizhao</source>
        <translation>关于对照</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="vanished">最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation type="vanished">新建文库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="vanished">打开文库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="vanished">导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="vanished">导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Export Selection…</source>
        <translation type="vanished">导出所选(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;All Results…</source>
        <translation type="vanished">导出全部结果(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Extract Entities</source>
        <translation type="vanished">提取实体(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Stop Extraction</source>
        <translation type="vanished">停止提取(&amp;S)</translation>
    </message>
    <message>
        <source>no library</source>
        <translation type="vanished">无文库</translation>
    </message>
    <message>
        <source>{0} — Duizhao</source>
        <translation type="vanished">{0} — 对照</translation>
    </message>
    <message>
        <source>{0} articles in the library</source>
        <translation type="vanished">文库中共 {0} 篇文章</translation>
    </message>
    <message>
        <source>New library</source>
        <translation type="vanished">新建文库</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation type="vanished">打开文库</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="vanished">（无）</translation>
    </message>
    <message>
        <source>The library {0} no longer exists.</source>
        <translation type="vanished">文库 {0} 已不存在。</translation>
    </message>
    <message>
        <source>Cannot search: {0}</source>
        <translation type="vanished">无法搜索：{0}</translation>
    </message>
    <message>
        <source>{0} articles, {1} · {2:.0f} ms</source>
        <translation type="vanished">{0} 篇文章，{1} · {2:.0f} 毫秒</translation>
    </message>
    <message>
        <source>“{0}”: {1} articles, {2} hits · {3:.0f} ms</source>
        <translation type="vanished">“{0}”：{1} 篇文章，{2} 处命中 · {3:.0f} 毫秒</translation>
    </message>
    <message>
        <source>The library cannot be read: {0}</source>
        <translation type="vanished">无法读取文库：{0}</translation>
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
        <translation type="vanished">按标题</translation>
    </message>
    <message>
        <source>by relevance</source>
        <translation type="vanished">按相关度</translation>
    </message>
    <message>
        <source>{0} articles mention the selected entities</source>
        <translation type="vanished">{0} 篇文章提到所选实体</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="vanished">导入文件</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation type="vanished">导入文件夹</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="vanished">已有导入正在进行。</translation>
    </message>
    <message>
        <source>entity extraction in the Duizhao window</source>
        <translation type="vanished">对照窗口中的实体抽取</translation>
    </message>
    <message>
        <source>Entities %v/%m</source>
        <translation type="vanished">实体 %v/%m</translation>
    </message>
    <message>
        <source>Entities extracted from {0} articles</source>
        <translation type="vanished">已从 {0} 篇文章中提取实体</translation>
    </message>
    <message>
        <source>Entity extraction stopped: {0}</source>
        <translation type="vanished">实体提取已停止：{0}</translation>
    </message>
    <message>
        <source>Nothing selected to export</source>
        <translation type="vanished">没有选中可导出的内容</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="vanished">导出为 CSV</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation type="vanished">导出失败：{0}</translation>
    </message>
    <message>
        <source>Exporting {0} articles…</source>
        <translation type="vanished">正在导出 {0} 篇文章…</translation>
    </message>
    <message>
        <source>Exported {0} articles to {1}</source>
        <translation type="vanished">已将 {0} 篇文章导出到 {1}</translation>
    </message>
    <message>
        <source>Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, in both scripts.</source>
        <translation type="vanished">对照（對照）：离线的中文新闻参考浏览器，简繁两种字体对照阅读。</translation>
    </message>
</context>
<context>
    <name>MarkLegend</name>
    <message>
        <location filename="../../gui/mark_legend.py" line="58"/>
        <source>search hits</source>
        <translation>搜索命中</translation>
    </message>
</context>
<context>
    <name>MentionWalk</name>
    <message>
        <location filename="../../gui/mention_walk.py" line="227"/>
        <source>{0} of {1} hits and mentions</source>
        <translation>第 {0} / {1} 处（命中与提及）</translation>
    </message>
    <message>
        <location filename="../../gui/mention_walk.py" line="229"/>
        <source>no hits or mentions</source>
        <translation>无命中，也无提及</translation>
    </message>
    <message>
        <location filename="../../gui/mention_walk.py" line="232"/>
        <source>mention {0} of {1}</source>
        <translation>第 {0} / {1} 处提及</translation>
    </message>
    <message>
        <location filename="../../gui/mention_walk.py" line="232"/>
        <source>no mentions</source>
        <translation>无提及</translation>
    </message>
    <message>
        <location filename="../../gui/mention_walk.py" line="234"/>
        <source>hit {0} of {1}</source>
        <translation>第 {0} / {1} 处命中</translation>
    </message>
    <message>
        <location filename="../../gui/mention_walk.py" line="234"/>
        <source>no hits</source>
        <translation>无命中</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../gui/merge_dialog.py" line="31"/>
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <location filename="../../gui/merge_dialog.py" line="37"/>
        <source>Filter (either script)</source>
        <translation>筛选（简繁均可）</translation>
    </message>
    <message>
        <location filename="../../gui/merge_dialog.py" line="52"/>
        <source>Merge %s into:</source>
        <translation>把 %s 合并到：</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../gui/network_view.py" line="284"/>
        <source>Names (no figures or dates)</source>
        <translation>名称（不含数字和日期）</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="285"/>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="288"/>
        <source>Same article</source>
        <translation>同一篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="289"/>
        <source>Same sentence</source>
        <translation>同一句话</translation>
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
        <translation> 个共同句子</translation>
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
        <translation>在实体树中选择一个实体，即可查看与它一同出现的实体。</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="306"/>
        <source>No other entity shares that many articles with the selection.</source>
        <translation>没有其他实体与所选实体共同出现在这么多文章中。</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="340"/>
        <source>Entities in the same sentences as {0}</source>
        <translation>与{0}出现在同一句话中的实体</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="342"/>
        <source>Entities in the same articles as {0}</source>
        <translation>与{0}出现在同一篇文章中的实体</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="347"/>
        <source>{0} entities, {1} links; node size: mentions; line: shared {2}</source>
        <translation>{0} 个实体，{1} 条连线；圆点大小：提及次数；线条：共同{2}</translation>
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
        <translation>显示共同出现最多的 {0} 个实体；另有 {1} 个未显示（可提高下限或选择类型）</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="361"/>
        <source>{0} mention(s)</source>
        <translation>提及 {0} 次</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="375"/>
        <source>{0} sentence(s) shared with the selection</source>
        <translation>与所选实体共同出现在 {0} 个句子中</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="377"/>
        <source>{0} article(s) shared with the selection</source>
        <translation>与所选实体共同出现在 {0} 篇文章中</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="379"/>
        <source>Click to select it</source>
        <translation>点击选择它</translation>
    </message>
    <message>
        <location filename="../../gui/network_view.py" line="382"/>
        <source>network</source>
        <translation>关系网络</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../gui/notes_panel.py" line="129"/>
        <source>Search notes, passages and titles</source>
        <translation>搜索笔记、段落和标题</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="131"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="131"/>
        <source>Note</source>
        <translation>笔记</translation>
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
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="134"/>
        <source>Delete the selected notes (after asking)</source>
        <translation>删除选中的笔记（会先确认）</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="135"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="137"/>
        <source>Save the notes listed, with their citations, as a CSV file</source>
        <translation>将列出的笔记连同引文保存为 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="182"/>
        <source>The notes could not be read: {0}</source>
        <translation>无法读取笔记：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="194"/>
        <source>(whole article)</source>
        <translation>（整篇文章）</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="212"/>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notes_panel.py" line="214"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="244"/>
        <source>The article of this note is no longer in the library</source>
        <translation>这条笔记所属的文章已不在文库中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notes_panel.py" line="256"/>
        <source>Delete %n note(s)? This cannot be undone.</source>
        <translation>
            <numerusform>删除 %n 条笔记？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="258"/>
        <source>Delete the highlight 「{0}」? This cannot be undone.</source>
        <translation>删除标记「{0}」？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="262"/>
        <source>Delete the note on the whole article? This cannot be undone.</source>
        <translation>删除这条整篇文章的笔记？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="264"/>
        <source>Delete notes</source>
        <translation>删除笔记</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notes_panel.py" line="290"/>
        <source>%n note(s) deleted</source>
        <translation>
            <numerusform>已删除 %n 条笔记</numerusform>
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
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../gui/notes_panel.py" line="307"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/notes_panel.py" line="327"/>
        <source>Exported %n note(s) to {0}</source>
        <translation>
            <numerusform>已将 %n 条笔记导出到 {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../gui/operations.py" line="133"/>
        <source>the library is read-only: nothing can be changed</source>
        <translation>文库是只读的：不能修改</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <location filename="../../gui/page_bar.py" line="43"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../gui/page_bar.py" line="44"/>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>上一页 (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../gui/page_bar.py" line="45"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../gui/page_bar.py" line="46"/>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>下一页 (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../gui/page_bar.py" line="61"/>
        <source>page {0} of {1}</source>
        <translation>第 {0} / {1} 页</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="23"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="27"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="33"/>
        <source>Automatic (the other script)</source>
        <translation>自动（另一种字体）</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="51"/>
        <source>Larger files are listed in the import summary, not read.</source>
        <translation>更大的文件不会读取，只在导入摘要中列出。</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="54"/>
        <source>The language changes as soon as you press OK.</source>
        <translation>按“确定”后界面语言立即切换。</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="62"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="63"/>
        <source>&amp;Conversion:</source>
        <translation>转换(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="64"/>
        <source>Largest file to &amp;import:</source>
        <translation>导入文件大小上限(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../gui/reader.py" line="258"/>
        <source>Automatic (the other script)</source>
        <translation>自动（另一种字体）</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="273"/>
        <source>&amp;Conversion:</source>
        <translation>转换(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="276"/>
        <source>How the second pane is converted from the original.
Automatic shows the other script: Simplified for a Traditional article, Traditional for a Simplified one.
A Simplified article is converted directly to the chosen variant; for a Traditional article and a Traditional variant (Taiwan, Hong Kong) the text is first made Simplified, then converted, so the variant&apos;s own characters and phrases show.</source>
        <translation>第二栏如何由原文转换。
“自动”显示另一种字体：繁体文章显示简体，简体文章显示繁体。
简体文章直接转换为所选变体；繁体文章选繁体变体（台湾、香港）时，先转为简体再转换，以显示该变体特有的字形和用语。</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="285"/>
        <source>Swap sides</source>
        <translation>左右互换</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="286"/>
        <source>Show the original on the other side</source>
        <translation>把原文显示在另一侧</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="287"/>
        <source>Copy with citation</source>
        <translation>复制并附出处</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="288"/>
        <source>Next hit or mention</source>
        <translation>下一处命中或提及</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="289"/>
        <source>Next hit or mention (F3)</source>
        <translation>下一处命中或提及（F3）</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="290"/>
        <source>Previous hit or mention</source>
        <translation>上一处命中或提及</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="291"/>
        <source>Previous hit or mention (Shift+F3)</source>
        <translation>上一处命中或提及（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="292"/>
        <source>Next</source>
        <translation>下一处</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="293"/>
        <source>Previous</source>
        <translation>上一处</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="294"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="295"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="296"/>
        <source>Actual size</source>
        <translation>原始大小</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="390"/>
        <source>No article open</source>
        <translation>未打开文章</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="468"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="469"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="470"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="471"/>
        <source>Park or zone</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="472"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="473"/>
        <source>Figure</source>
        <translation>数据</translation>
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
{type} · 本文中出现 {n} 次</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="499"/>
        <source>{0} mention(s) in {1} article(s) of the library</source>
        <translation>文库中共提及 {0} 次，见于 {1} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="652"/>
        <source>Select some text to copy with its citation</source>
        <translation>请先选择要复制的文字</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="657"/>
        <source>Copied with citation</source>
        <translation>已复制并附出处</translation>
    </message>
    <message>
        <source>Next hit</source>
        <translation type="vanished">下一处命中</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation type="vanished">下一处命中（F3）</translation>
    </message>
    <message>
        <source>Previous hit</source>
        <translation type="vanished">上一处命中</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation type="vanished">上一处命中（Shift+F3）</translation>
    </message>
    <message>
        <source>no hits</source>
        <translation type="vanished">无命中</translation>
    </message>
    <message>
        <source>hit {0} of {1}</source>
        <translation type="vanished">第 {0} / {1} 处命中</translation>
    </message>
    <message>
        <source>Duizhao article {uid}</source>
        <translation type="vanished">对照文章 {uid}</translation>
    </message>
</context>
<context>
    <name>RegionalToggle</name>
    <message>
        <location filename="../../gui/regional_toggle.py" line="60"/>
        <source>Regional words</source>
        <translation>地区用词</translation>
    </message>
    <message>
        <location filename="../../gui/regional_toggle.py" line="63"/>
        <source>Also find the Taiwan and Hong Kong words for the searched words, and the mainland words for theirs (信息 / 資訊, 软件 / 軟體, 网络 / 網路), from OpenCC&apos;s phrase tables</source>
        <translation>同时查找所搜词语的台湾、香港用词，以及台港用词对应的大陆用词（信息 / 資訊、软件 / 軟體、网络 / 網路），依据 OpenCC 的词组表</translation>
    </message>
    <message>
        <location filename="../../gui/regional_toggle.py" line="107"/>
        <source>also: {0}</source>
        <translation>另查：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/regional_toggle.py" line="109"/>
        <source>no regional words</source>
        <translation>无地区用词</translation>
    </message>
</context>
<context>
    <name>RespellDialog</name>
    <message>
        <location filename="../../gui/respell_dialog.py" line="41"/>
        <source>Spelling of the name…</source>
        <translation>名称的写法…</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="79"/>
        <source>Spelling of a name</source>
        <translation>名称的写法</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="82"/>
        <source>How {name} is written in each script. The reader and exports write it so in a conversion to that script, instead of converting it. Leave a field empty to convert the name again.</source>
        <translation>{name} 在两种字体中的写法。阅读器和导出在转换为该字体时照此书写，不再转换。留空则重新按转换书写。</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="87"/>
        <source>&amp;Simplified:</source>
        <translation>简体(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="88"/>
        <source>&amp;Traditional:</source>
        <translation>繁体(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="90"/>
        <source>converted</source>
        <translation>按转换</translation>
    </message>
    <message>
        <location filename="../../gui/respell_dialog.py" line="120"/>
        <source>{0} is another name, not a spelling of {1}: rename it or add an alias.</source>
        <translation>{0} 是另一个名称，不是 {1} 的写法：请改名或添加别名。</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../gui/results_model.py" line="214"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="214"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="214"/>
        <source>Source</source>
        <translation>来源</translation>
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
        <translation>至少 {0} 处搜索命中（只数了前 {1} 个字符）</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="279"/>
        <source>{0} search hit(s)</source>
        <translation>{0} 处搜索命中</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="282"/>
        <source>{0} mention(s) of the selected entities</source>
        <translation>所选实体被提及 {0} 次</translation>
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
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="123"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="124"/>
        <source>Save Current Search…</source>
        <translation>保存当前搜索…</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="125"/>
        <source>Keep the search and its filters under a name</source>
        <translation>以一个名称保存搜索及其筛选条件</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="126"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="127"/>
        <source>Delete</source>
        <translation>删除</translation>
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
        <translation>从未</translation>
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
        <translation>上次打开：{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/saved_panel.py" line="188"/>
        <source>%n saved</source>
        <translation>
            <numerusform>已保存 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="262"/>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="264"/>
        <source>Name for the search
{0}
(a saved search of the same name is replaced)</source>
        <translation>为此搜索命名
{0}
（同名的已保存搜索会被替换）</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="274"/>
        <source>Search saved as {0}</source>
        <translation>搜索已保存为 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="289"/>
        <source>Rename Saved Search</source>
        <translation>重命名已保存的搜索</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="289"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="307"/>
        <source>Delete Saved Search</source>
        <translation>删除已保存的搜索</translation>
    </message>
    <message>
        <location filename="../../gui/saved_panel.py" line="309"/>
        <source>Delete the saved search {0}? The articles stay; this cannot be undone.</source>
        <translation>删除已保存的搜索 {0}？文章不受影响；此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../gui/search_bar.py" line="148"/>
        <source>Search both scripts: 创新 协同, &quot;京津冀 协同&quot;, 北京 OR 天津, -河北</source>
        <translation>简繁通搜：创新 协同、&quot;京津冀 协同&quot;、北京 OR 天津、-河北</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="152"/>
        <source>Words are all required; quotes make a phrase; OR joins alternatives; -word excludes.
Up/Down walk through earlier searches.</source>
        <translation>所有词都须出现；引号表示短语；OR 表示任一；-词 表示排除。
上下方向键浏览搜索历史。</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="156"/>
        <source>Earlier searches</source>
        <translation>搜索历史</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="157"/>
        <source>&amp;Order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="159"/>
        <source>Relevance</source>
        <translation>相关度</translation>
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
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="224"/>
        <source>(no earlier searches)</source>
        <translation>（没有搜索历史）</translation>
    </message>
</context>
<context>
    <name>SearchRunner</name>
    <message>
        <location filename="../../gui/search_runner.py" line="122"/>
        <source>Cannot search: {0}</source>
        <translation>无法搜索：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/search_runner.py" line="124"/>
        <source>The library cannot be read: {0}</source>
        <translation>无法读取文库：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/search_runner.py" line="171"/>
        <source>1 hit</source>
        <translation>1 处命中</translation>
    </message>
    <message>
        <location filename="../../gui/search_runner.py" line="171"/>
        <source>{0} hits</source>
        <translation>{0} 处命中</translation>
    </message>
    <message>
        <location filename="../../gui/search_runner.py" line="172"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <source>{0}, {1} hits</source>
        <translation type="vanished">{0}，{1} 处命中</translation>
    </message>
    <message>
        <source>{0} articles</source>
        <translation type="vanished">{0} 篇文章</translation>
    </message>
    <message>
        <source>{0} articles, {1} hits</source>
        <translation type="vanished">{0} 篇文章，{1} 处命中</translation>
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
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="20"/>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="21"/>
        <source>park or zone</source>
        <translation>园区或开发区</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="22"/>
        <source>document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/spec_text.py" line="23"/>
        <source>figure</source>
        <translation>数字</translation>
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
        <translation>来源 {0}</translation>
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
        <translation>按标题</translation>
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
        <translation>所选文章</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="121"/>
        <source>selected entities</source>
        <translation>所选实体</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="130"/>
        <source>mentions of selected entities</source>
        <translation>所选实体的提及</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="142"/>
        <source>selected figures</source>
        <translation>所选数据</translation>
    </message>
</context>
<context>
    <name>SelectionExporter</name>
    <message>
        <location filename="../../gui/selection_export.py" line="202"/>
        <source>&amp;Export Selection…</source>
        <translation>导出所选(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="203"/>
        <source>Export what is selected where the focus is, to CSV</source>
        <translation>将焦点所在处选中的内容导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="235"/>
        <source>Export %s…</source>
        <translation>导出%s…</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="273"/>
        <location filename="../../gui/selection_export.py" line="281"/>
        <source>Nothing selected to export</source>
        <translation>没有选中可导出的内容</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="308"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="309"/>
        <source>Writing %s…</source>
        <translation>正在写入 %s…</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="314"/>
        <source>Exporting %s…</source>
        <translation>正在导出%s…</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="320"/>
        <source>Exported 1 row to %s</source>
        <translation>已导出 1 行到 %s</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="322"/>
        <source>Exported %s rows to %s</source>
        <translation>已导出 %s 行到 %s</translation>
    </message>
    <message>
        <location filename="../../gui/selection_export.py" line="331"/>
        <source>Could not export to %s: %s</source>
        <translation>无法导出到 %s：%s</translation>
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
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="261"/>
        <source>Select an entity in the tree, or search, to see its mentions per month.</source>
        <translation>在实体树中选择一个实体或进行搜索，即可查看每月的提及次数。</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="263"/>
        <source>Nothing to show: no mentions in the filtered articles.</source>
        <translation>没有可显示的内容：筛选出的文章中没有提及。</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="289"/>
        <source>Mentions of {0} per year</source>
        <translation>{0}每年的提及次数</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="291"/>
        <source>Mentions of {0} per month</source>
        <translation>{0}每月的提及次数</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="293"/>
        <source>mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="296"/>
        <source>Articles matching the search per year</source>
        <translation>每年符合搜索的文章</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="298"/>
        <source>Articles matching the search per month</source>
        <translation>每月符合搜索的文章</translation>
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
        <translation>点击只显示这一时段</translation>
    </message>
    <message>
        <location filename="../../gui/timeline_view.py" line="324"/>
        <source>timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>UncertainBar</name>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="24"/>
        <source>Uncertain conversion: {0}
Other forms: {1}
No phrase settled this choice.</source>
        <translation>不确定的转换：{0}
其他写法：{1}
没有词组确定这一选择。</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="28"/>
        <source>Uncertain conversion: {0}
Other forms: {1}
This is OpenCC&apos;s standard form; regional standards (Taiwan, Hong Kong) may write it differently.</source>
        <translation>不确定的转换：{0}
其他写法：{1}
这是 OpenCC 的标准字形；地区标准（台湾、香港）可能写法不同。</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="107"/>
        <source>no uncertain conversions</source>
        <translation>没有不确定的转换</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="109"/>
        <source>1 uncertain conversion</source>
        <translation>1 处不确定的转换</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="111"/>
        <source>{0} uncertain conversions</source>
        <translation>{0} 处不确定的转换</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="113"/>
        <source>on this page</source>
        <translation>（本页）</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="115"/>
        <source>{0} of {1}</source>
        <translation>第 {0} 处，共 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="120"/>
        <source>Characters with several forms in the other script where no phrase of the conversion&apos;s dictionaries settled the choice: the conversion wrote its first form. They are underlined in grey in the converted pane; hover over one to see the other forms.</source>
        <translation>在另一种字体中有多种写法、而转换词典中没有词组确定选择的字：转换写出了第一种写法。它们在转换窗格中以灰色下划线标出；鼠标停在字上可看到其他写法。</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="127"/>
        <source>Previous uncertain conversion</source>
        <translation>上一处不确定的转换</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="128"/>
        <source>Next uncertain conversion</source>
        <translation>下一处不确定的转换</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="136"/>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="137"/>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="138"/>
        <source>mixed scripts</source>
        <translation>简繁混合</translation>
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
        <translation>由 OpenCC t2s 再 {0} 转换（{1}）</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_bar.py" line="151"/>
        <source>Converted by OpenCC {0} ({1})</source>
        <translation>由 OpenCC {0} 转换（{1}）</translation>
    </message>
</context>
<context>
    <name>ViewsPanel</name>
    <message>
        <location filename="../../gui/views_panel.py" line="47"/>
        <source>Timeline and network</source>
        <translation>时间线与关系网络</translation>
    </message>
    <message>
        <location filename="../../gui/views_panel.py" line="69"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../gui/views_panel.py" line="70"/>
        <source>Network</source>
        <translation>关系网络</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <location filename="../../gui/waiting.py" line="29"/>
        <source>Waiting for {0} to finish with the library ({1} s)…</source>
        <translation>正在等待{0}结束对文库的使用（{1} 秒）…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../gui/workspace.py" line="69"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/workspace.py" line="70"/>
        <source>Saved Searches</source>
        <translation>已存搜索</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../gui/workspace.py" line="50"/>
        <source>selected notes</source>
        <translation>所选笔记</translation>
    </message>
</context>
</TS>
