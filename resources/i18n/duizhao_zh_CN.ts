<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gui/crash.py" line="40" />
        <source>Duizhao: unexpected error</source>
        <translation>对照：意外错误</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="44" />
        <source>Something went wrong inside Duizhao. Your library has not been changed by this error and you can keep working.
Please copy the details below into a bug report.</source>
        <translation>对照内部出现了问题。此错误没有改动您的文库，您可以继续工作。
请把下面的详细信息复制到错误报告中。</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="57" />
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="101" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="102" />
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
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
        <translation>第 {0} / {1} 个文件 · {2}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="151" />
        <source>The import stopped: {0}
Articles imported before stay imported.</source>
        <translation>导入已停止：{0}
之前导入的文章仍然保留。</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="37" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="40" />
        <source>Imported: {0}</source>
        <translation>已导入：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="41" />
        <source>Already in the library: {0}</source>
        <translation>文库中已有：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="42" />
        <source>Failed: {0}</source>
        <translation>失败：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="45" />
        <source>The import was cancelled; the files before it stay imported.</source>
        <translation>导入已取消；之前的文件仍然保留。</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="50" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="50" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/mainwindow.py" line="261" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="262" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="263" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="264" />
        <source>E&amp;ntities</source>
        <translation>实体(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="265" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="266" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="267" />
        <source>&amp;New Library…</source>
        <translation>新建文库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="268" />
        <source>&amp;Open Library…</source>
        <translation>打开文库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="269" />
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="270" />
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="271" />
        <source>&amp;Export Selection…</source>
        <translation>导出所选(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="272" />
        <source>Export &amp;All Results…</source>
        <translation>导出全部结果(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="273" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="274" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="275" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="276" />
        <source>&amp;Extract Entities</source>
        <translation>提取实体(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="277" />
        <source>&amp;Stop Extraction</source>
        <translation>停止提取(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="278" />
        <source>&amp;About Duizhao</source>
        <translation>关于对照(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="279" />
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="280" />
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="367" />
        <source>no library</source>
        <translation>无文库</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="368" />
        <source>{0} — Duizhao</source>
        <translation>{0} — 对照</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="372" />
        <source>{0} articles in the library</source>
        <translation>文库中共 {0} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="376" />
        <source>Duizhao</source>
        <translation>对照</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="388" />
        <source>Cannot open the library:
{0}</source>
        <translation>无法打开文库：
{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="395" />
        <source>New library</source>
        <translation>新建文库</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="404" />
        <source>Open library</source>
        <translation>打开文库</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="412" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="421" />
        <source>The library {0} no longer exists.</source>
        <translation>文库 {0} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="437" />
        <location filename="../../gui/mainwindow.py" line="485" />
        <source>Cannot search: {0}</source>
        <translation>无法搜索：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="467" />
        <source>{0} articles, {1} · {2:.0f} ms</source>
        <translation>{0} 篇文章，{1} · {2:.0f} 毫秒</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="472" />
        <source>“{0}”: {1} articles, {2} hits · {3:.0f} ms</source>
        <translation>“{0}”：{1} 篇文章，{2} 处命中 · {3:.0f} 毫秒</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="487" />
        <source>The library cannot be read: {0}</source>
        <translation>无法读取文库：{0}</translation>
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
        <translation>按标题</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="496" />
        <source>by relevance</source>
        <translation>按相关度</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="533" />
        <source>{0} articles mention the selected entities</source>
        <translation>{0} 篇文章提到所选实体</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="580" />
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="586" />
        <source>Import folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="594" />
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="638" />
        <source>Entities %v/%m</source>
        <translation>实体 %v/%m</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="663" />
        <source>Entities extracted from {0} articles</source>
        <translation>已从 {0} 篇文章中提取实体</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="672" />
        <source>Entity extraction stopped: {0}</source>
        <translation>实体提取已停止：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="694" />
        <source>Nothing selected to export</source>
        <translation>没有选中可导出的内容</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="697" />
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="721" />
        <source>The export failed: {0}</source>
        <translation>导出失败：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="725" />
        <source>Exporting {0} articles…</source>
        <translation>正在导出 {0} 篇文章…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="729" />
        <source>Exported {0} articles to {1}</source>
        <translation>已将 {0} 篇文章导出到 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="755" />
        <source>About Duizhao</source>
        <translation>关于对照</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="757" />
        <source>Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, in both scripts.</source>
        <translation>对照（對照）：离线的中文新闻参考浏览器，简繁两种字体对照阅读。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="15" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="19" />
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="25" />
        <source>Automatic (the other script)</source>
        <translation>自动（另一种字体）</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="37" />
        <source>The language changes as soon as you press OK.</source>
        <translation>按“确定”后界面语言立即切换。</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="45" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="46" />
        <source>&amp;Conversion:</source>
        <translation>转换(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../gui/app.py" line="46" />
        <source>Open library</source>
        <translation>打开文库</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../gui/app.py" line="40" />
        <source>Cannot open the library:
{0}

Choose another library.</source>
        <translation>无法打开文库：
{0}

请选择其他文库。</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../gui/reader.py" line="206" />
        <source>Automatic (the other script)</source>
        <translation>自动（另一种字体）</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="221" />
        <source>&amp;Conversion:</source>
        <translation>转换(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="224" />
        <source>How the second pane is converted from the original.
Automatic shows the other script: Simplified for a Traditional article, Traditional for a Simplified one.
A Simplified article is converted directly to the chosen variant; for a Traditional article and a Traditional variant (Taiwan, Hong Kong) the text is first made Simplified, then converted, so the variant's own characters and phrases show.</source>
        <translation>第二栏如何由原文转换。
“自动”显示另一种字体：繁体文章显示简体，简体文章显示繁体。
简体文章直接转换为所选变体；繁体文章选繁体变体（台湾、香港）时，先转为简体再转换，以显示该变体特有的字形和用语。</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="233" />
        <source>Swap sides</source>
        <translation>左右互换</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="234" />
        <source>Show the original on the other side</source>
        <translation>把原文显示在另一侧</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="235" />
        <source>Copy with citation</source>
        <translation>复制并附出处</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="236" />
        <source>Next hit</source>
        <translation>下一处命中</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="237" />
        <source>Next hit (F3)</source>
        <translation>下一处命中（F3）</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="238" />
        <source>Previous hit</source>
        <translation>上一处命中</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="239" />
        <source>Previous hit (Shift+F3)</source>
        <translation>上一处命中（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="240" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="241" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="242" />
        <source>Actual size</source>
        <translation>原始大小</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="297" />
        <source>No article open</source>
        <translation>未打开文章</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="334" />
        <source>{name}
{type} · {n} mention(s) in this article</source>
        <translation>{name}
{type} · 本文中出现 {n} 次</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="383" />
        <source>no hits</source>
        <translation>无命中</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="386" />
        <source>hit {0} of {1}</source>
        <translation>第 {0} / {1} 处命中</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="437" />
        <source>Duizhao article {uid}</source>
        <translation>对照文章 {uid}</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="449" />
        <source>Select some text to copy with its citation</source>
        <translation>请先选择要复制的文字</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="453" />
        <source>Copied with citation</source>
        <translation>已复制并附出处</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../gui/results_model.py" line="137" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="137" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="137" />
        <source>Source</source>
        <translation>来源</translation>
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
        <translation>简繁通搜：创新 协同、"京津冀 协同"、北京 OR 天津、-河北</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="149" />
        <source>Words are all required; quotes make a phrase; OR joins alternatives; -word excludes.
Up/Down walk through earlier searches.</source>
        <translation>所有词都须出现；引号表示短语；OR 表示任一；-词 表示排除。
上下方向键浏览搜索历史。</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="153" />
        <source>Earlier searches</source>
        <translation>搜索历史</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="154" />
        <source>&amp;Order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="156" />
        <source>Relevance</source>
        <translation>相关度</translation>
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
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/search_bar.py" line="221" />
        <source>(no earlier searches)</source>
        <translation>（没有搜索历史）</translation>
    </message>
</context>
</TS>