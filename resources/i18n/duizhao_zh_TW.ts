<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gui/crash.py" line="40" />
        <source>Duizhao: unexpected error</source>
        <translation>對照：意外錯誤</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="44" />
        <source>Something went wrong inside Duizhao. Your library has not been changed by this error and you can keep working.
Please copy the details below into a bug report.</source>
        <translation>對照內部出現了問題。此錯誤沒有改動您的文庫，您可以繼續工作。
請把下面的詳細資訊複製到錯誤報告中。</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="57" />
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="101" />
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="102" />
        <source>Looking for files…</source>
        <translation>正在查詢檔案…</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="103" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="125" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="132" />
        <source>{0} of {1} files · {2}</source>
        <translation>第 {0} / {1} 個檔案 · {2}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="151" />
        <source>The import stopped: {0}
Articles imported before stay imported.</source>
        <translation>匯入已停止：{0}
之前匯入的文章仍然保留。</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="37" />
        <source>Import finished</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="40" />
        <source>Imported: {0}</source>
        <translation>已匯入：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="41" />
        <source>Already in the library: {0}</source>
        <translation>文庫中已有：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="42" />
        <source>Failed: {0}</source>
        <translation>失敗：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="45" />
        <source>The import was cancelled; the files before it stay imported.</source>
        <translation>匯入已取消；之前的檔案仍然保留。</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="50" />
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="50" />
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/mainwindow.py" line="261" />
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="262" />
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="263" />
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="264" />
        <source>E&amp;ntities</source>
        <translation>實體(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="265" />
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="266" />
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="267" />
        <source>&amp;New Library…</source>
        <translation>新建文庫(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="268" />
        <source>&amp;Open Library…</source>
        <translation>開啟文庫(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="269" />
        <source>&amp;Import Files…</source>
        <translation>匯入檔案(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="270" />
        <source>Import &amp;Folder…</source>
        <translation>匯入資料夾(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="271" />
        <source>&amp;Export Selection…</source>
        <translation>匯出所選(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="272" />
        <source>Export &amp;All Results…</source>
        <translation>匯出全部結果(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="273" />
        <source>&amp;Preferences…</source>
        <translation>首選項(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="274" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="275" />
        <source>&amp;Find</source>
        <translation>查詢(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="276" />
        <source>&amp;Extract Entities</source>
        <translation>提取實體(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="277" />
        <source>&amp;Stop Extraction</source>
        <translation>停止提取(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="278" />
        <source>&amp;About Duizhao</source>
        <translation>關於對照(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="279" />
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="280" />
        <source>Figures</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="367" />
        <source>no library</source>
        <translation>無文庫</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="368" />
        <source>{0} — Duizhao</source>
        <translation>{0} — 對照</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="372" />
        <source>{0} articles in the library</source>
        <translation>文庫中共 {0} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="376" />
        <source>Duizhao</source>
        <translation>對照</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="388" />
        <source>Cannot open the library:
{0}</source>
        <translation>無法開啟文庫：
{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="395" />
        <source>New library</source>
        <translation>新建文庫</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="404" />
        <source>Open library</source>
        <translation>開啟文庫</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="412" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="421" />
        <source>The library {0} no longer exists.</source>
        <translation>文庫 {0} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="437" />
        <location filename="../../gui/mainwindow.py" line="485" />
        <source>Cannot search: {0}</source>
        <translation>無法搜尋：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="467" />
        <source>{0} articles, {1} · {2:.0f} ms</source>
        <translation>{0} 篇文章，{1} · {2:.0f} 毫秒</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="472" />
        <source>“{0}”: {1} articles, {2} hits · {3:.0f} ms</source>
        <translation>“{0}”：{1} 篇文章，{2} 處命中 · {3:.0f} 毫秒</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="487" />
        <source>The library cannot be read: {0}</source>
        <translation>無法讀取文庫：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="493" />
        <source>newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="494" />
        <source>oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="495" />
        <source>by title</source>
        <translation>按標題</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="496" />
        <source>by relevance</source>
        <translation>按相關度</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="533" />
        <source>{0} articles mention the selected entities</source>
        <translation>{0} 篇文章提到所選實體</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="580" />
        <source>Import files</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="586" />
        <source>Import folder</source>
        <translation>匯入資料夾</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="594" />
        <source>An import is already running.</source>
        <translation>已有匯入正在進行。</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="638" />
        <source>Entities %v/%m</source>
        <translation>實體 %v/%m</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="663" />
        <source>Entities extracted from {0} articles</source>
        <translation>已從 {0} 篇文章中提取實體</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="672" />
        <source>Entity extraction stopped: {0}</source>
        <translation>實體提取已停止：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="694" />
        <source>Nothing selected to export</source>
        <translation>沒有選中可匯出的內容</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="697" />
        <source>Export to CSV</source>
        <translation>匯出為 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="721" />
        <source>The export failed: {0}</source>
        <translation>匯出失敗：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="725" />
        <source>Exporting {0} articles…</source>
        <translation>正在匯出 {0} 篇文章…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="729" />
        <source>Exported {0} articles to {1}</source>
        <translation>已將 {0} 篇文章匯出到 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="755" />
        <source>About Duizhao</source>
        <translation>關於對照</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="757" />
        <source>Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, in both scripts.</source>
        <translation>對照（對照）：離線的中文新聞參考瀏覽器，簡繁兩種字型對照閱讀。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="15" />
        <source>Preferences</source>
        <translation>首選項</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="19" />
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="25" />
        <source>Automatic (the other script)</source>
        <translation>自動（另一種字型）</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="37" />
        <source>The language changes as soon as you press OK.</source>
        <translation>按“確定”後介面語言立即切換。</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="45" />
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="46" />
        <source>&amp;Conversion:</source>
        <translation>轉換(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../gui/app.py" line="46" />
        <source>Open library</source>
        <translation>開啟文庫</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../gui/app.py" line="40" />
        <source>Cannot open the library:
{0}

Choose another library.</source>
        <translation>無法開啟文庫：
{0}

請選擇其他文庫。</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../gui/reader.py" line="206" />
        <source>Automatic (the other script)</source>
        <translation>自動（另一種字型）</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="221" />
        <source>&amp;Conversion:</source>
        <translation>轉換(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="224" />
        <source>How the second pane is converted from the original.
Automatic shows the other script: Simplified for a Traditional article, Traditional for a Simplified one.
A Simplified article is converted directly to the chosen variant; for a Traditional article and a Traditional variant (Taiwan, Hong Kong) the text is first made Simplified, then converted, so the variant's own characters and phrases show.</source>
        <translation>第二欄如何由原文轉換。
“自動”顯示另一種字型：繁體文章顯示簡體，簡體文章顯示繁體。
簡體文章直接轉換為所選變體；繁體文章選繁體變體（臺灣、香港）時，先轉為簡體再轉換，以顯示該變體特有的字形和用語。</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="233" />
        <source>Swap sides</source>
        <translation>左右互換</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="234" />
        <source>Show the original on the other side</source>
        <translation>把原文顯示在另一側</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="235" />
        <source>Copy with citation</source>
        <translation>複製並附出處</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="236" />
        <source>Next hit</source>
        <translation>下一處命中</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="237" />
        <source>Next hit (F3)</source>
        <translation>下一處命中（F3）</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="238" />
        <source>Previous hit</source>
        <translation>上一處命中</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="239" />
        <source>Previous hit (Shift+F3)</source>
        <translation>上一處命中（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="240" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="241" />
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="242" />
        <source>Actual size</source>
        <translation>原始大小</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="297" />
        <source>No article open</source>
        <translation>未開啟文章</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="334" />
        <source>{name}
{type} · {n} mention(s) in this article</source>
        <translation>{name}
{type} · 本文中出現 {n} 次</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="383" />
        <source>no hits</source>
        <translation>無命中</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="386" />
        <source>hit {0} of {1}</source>
        <translation>第 {0} / {1} 處命中</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="437" />
        <source>Duizhao article {uid}</source>
        <translation>對照文章 {uid}</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="449" />
        <source>Select some text to copy with its citation</source>
        <translation>請先選擇要複製的文字</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="453" />
        <source>Copied with citation</source>
        <translation>已複製並附出處</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../gui/results_model.py" line="137" />
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="137" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="137" />
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="137" />
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="138" />
        <source>Context</source>
        <translation>上下文</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../gui/search_bar.py" line="145" />
        <source>Search both scripts: 创新 协同, "京津冀 协同", 北京 OR 天津, -河北</source>
        <translation>簡繁通搜：創新 協同、"京津冀 協同"、北京 OR 天津、-河北</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="149" />
        <source>Words are all required; quotes make a phrase; OR joins alternatives; -word excludes.
Up/Down walk through earlier searches.</source>
        <translation>所有詞都須出現；引號表示短語；OR 表示任一；-詞 表示排除。
上下方向鍵瀏覽搜尋歷史。</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="153" />
        <source>Earlier searches</source>
        <translation>搜尋歷史</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="154" />
        <source>&amp;Order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="156" />
        <source>Relevance</source>
        <translation>相關度</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="157" />
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="158" />
        <source>Oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="159" />
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="221" />
        <source>(no earlier searches)</source>
        <translation>（沒有搜尋歷史）</translation>
    </message>
</context>
</TS>