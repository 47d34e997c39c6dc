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
    <name>EntityPanel</name>
    <message>
        <location filename="../../gui/entity_panel.py" line="235"/>
        <source>Filter names (either script)</source>
        <translation>筛选名称（简繁均可）</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="236"/>
        <source>By count</source>
        <translation>按次数</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="237"/>
        <source>By pinyin</source>
        <translation>按拼音</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="238"/>
        <source>Order of the entities within each type</source>
        <translation>每种类型内实体的排列顺序</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="239"/>
        <source>Show hidden</source>
        <translation>显示已隐藏</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="240"/>
        <source>Also list the entities you have hidden</source>
        <translation>也列出您隐藏的实体</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="243"/>
        <source>Also list the names the extractor is unsure of (shown in grey italics)</source>
        <translation>同时列出提取时不确定的名称（以灰色斜体显示）</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="245"/>
        <source>Copy names</source>
        <translation>复制名称</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="246"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="284"/>
        <source>Show %s uncertain</source>
        <translation>显示 %s 个不确定项</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="500"/>
        <source>no library is open</source>
        <translation>未打开文库</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="509"/>
        <location filename="../../gui/entity_panel.py" line="580"/>
        <location filename="../../gui/entity_panel.py" line="602"/>
        <source>select an entity first</source>
        <translation>请先选择一个实体</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="552"/>
        <source>select the entities to merge first</source>
        <translation>请先选择要合并的实体</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="560"/>
        <source>nothing to change</source>
        <translation>没有需要更改的内容</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="587"/>
        <source>no hidden entity is selected</source>
        <translation>未选择已隐藏的实体</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="595"/>
        <source>no uncertain entity is selected</source>
        <translation>未选中不确定的实体</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="648"/>
        <source>Undo %s</source>
        <translation>撤销%s</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="648"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="649"/>
        <source>Redo %s</source>
        <translation>重做%s</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="649"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="658"/>
        <source>Cannot change the entity</source>
        <translation>无法更改实体</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="685"/>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="687"/>
        <source>Change type</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="694"/>
        <source>Add alias…</source>
        <translation>添加别名…</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="696"/>
        <source>Split off</source>
        <translation>拆分出名称</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="702"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="704"/>
        <source>Show again</source>
        <translation>重新显示</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="706"/>
        <source>Keep in the tree</source>
        <translation>保留在列表中</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="707"/>
        <source>Delete (not an entity)</source>
        <translation>删除（不是实体）</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="735"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="735"/>
        <source>New name for %s:</source>
        <translation>%s 的新名称：</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="744"/>
        <source>Add alias</source>
        <translation>添加别名</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="744"/>
        <source>Another name for %s:</source>
        <translation>%s 的另一个名称：</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <location filename="../../gui/entity_model.py" line="198"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="199"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="200"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="201"/>
        <source>Parks and zones</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="202"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="203"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="204"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="331"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="331"/>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="331"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="334"/>
        <source>Entity name</source>
        <translation>实体名称</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="335"/>
        <source>Number of mentions in all articles</source>
        <translation>在所有文章中被提及的次数</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="336"/>
        <source>Number of articles that mention it</source>
        <translation>提及它的文章数</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="399"/>
        <source>Also: %s</source>
        <translation>又名：%s</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="401"/>
        <source>Linked: %s</source>
        <translation>相关：%s</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="402"/>
        <source>%s mentions in %s articles</source>
        <translation>提及 %s 次，见于 %s 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="404"/>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <location filename="../../gui/entity_model.py" line="406"/>
        <source>(uncertain: confidence %s)</source>
        <translation>（不确定：置信度 %s）</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../gui/facet_panel.py" line="92"/>
        <source>Facets</source>
        <translation>分面统计</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="106"/>
        <source>Narrow by</source>
        <translation>按此缩小</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="106"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="153"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="190"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="191"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="192"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="193"/>
        <source>Parks and zones</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="194"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="195"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="196"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="227"/>
        <source>%s articles in the results</source>
        <translation>结果中共 %s 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="229"/>
        <source>Entity types</source>
        <translation>实体类型</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="233"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="235"/>
        <source>(no source)</source>
        <translation>（无来源）</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="238"/>
        <source>%s more sources</source>
        <translation>另有 %s 个来源</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="242"/>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../gui/facet_panel.py" line="244"/>
        <source>(undated)</source>
        <translation>（无日期）</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../gui/figures_model.py" line="88"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="89"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="90"/>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="91"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="92"/>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="93"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="94"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="98"/>
        <source>The amount as a number (万 and 亿 multiplied out)</source>
        <translation>数量的数值（万、亿已换算）</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="99"/>
        <source>Unit of the amount</source>
        <translation>数量的单位</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="100"/>
        <source>约, 超过, 以上 … written with the figure</source>
        <translation>与数据一同写出的约、超过、以上等</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="101"/>
        <source>What the figure is about</source>
        <translation>数据所说明的对象</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="102"/>
        <source>The figure as written in the article</source>
        <translation>文章中的原始写法</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="103"/>
        <source>Title of the article</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <location filename="../../gui/figures_model.py" line="104"/>
        <source>Date of the article</source>
        <translation>文章日期</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../gui/figures_view.py" line="97"/>
        <source>Filter by unit, subject or text (either script)</source>
        <translation>按单位、主题或文字筛选（简繁均可）</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="99"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="146"/>
        <source>%s figures</source>
        <translation>%s 项数据</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="148"/>
        <source>%s of %s figures</source>
        <translation>%s / %s 项数据</translation>
    </message>
    <message>
        <location filename="../../gui/figures_view.py" line="206"/>
        <source>Open article</source>
        <translation>打开文章</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="118"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="119"/>
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="120"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="142"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="152"/>
        <source>{0} of {1} files · {2}</source>
        <translation>第 {0} / {1} 个文件 · {2}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="171"/>
        <source>The import stopped: {0}
Articles imported before stay imported.</source>
        <translation>导入已停止：{0}
之前导入的文章仍然保留。</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="42"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="45"/>
        <source>Files found: {0}</source>
        <translation>找到的文件：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="46"/>
        <source>Imported: {0}</source>
        <translation>已导入：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="47"/>
        <source>Already in the library: {0}</source>
        <translation>文库中已有：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="48"/>
        <source>Failed: {0}</source>
        <translation>失败：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="51"/>
        <source>Not reached: {0}</source>
        <translation>未处理：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="53"/>
        <source>The import was cancelled; the files before it stay imported.</source>
        <translation>导入已取消；之前的文件仍然保留。</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="57"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="57"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>LibraryHealth</name>
    <message>
        <location filename="../../gui/library_health.py" line="52"/>
        <source>&amp;Back Up Library…</source>
        <translation>备份文库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="92"/>
        <source>A quick check of {0} found:

{1}</source>
        <translation>快速检查 {0} 发现：

{1}</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="98"/>
        <source>The damage is in the file itself: restore a backup of the library.</source>
        <translation>损坏在文件本身：请恢复文库的备份。</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="102"/>
        <source>Repair rebuilds the search index and the counts from the stored texts, after copying the library.</source>
        <translation>修复会先复制文库，再根据保存的文本重建搜索索引和计数。</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="106"/>
        <source>Library check</source>
        <translation>文库检查</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="111"/>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="123"/>
        <source>a repair in the Duizhao window</source>
        <translation>对照窗口中的修复</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="131"/>
        <source>Repairing the library…</source>
        <translation>正在修复文库…</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="137"/>
        <source>Search index rebuilt from {0} articles; a copy was kept as {1}</source>
        <translation>已根据 {0} 篇文章重建搜索索引；副本保存为 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="147"/>
        <source>The library could not be changed: {0}</source>
        <translation>无法修改文库：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="156"/>
        <source>Back up library</source>
        <translation>备份文库</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="175"/>
        <source>Backing up the library…</source>
        <translation>正在备份文库…</translation>
    </message>
    <message>
        <location filename="../../gui/library_health.py" line="178"/>
        <source>The library was copied to {0}</source>
        <translation>文库已复制到 {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/mainwindow.py" line="217"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="218"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="219"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="220"/>
        <source>E&amp;ntities</source>
        <translation>实体(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="221"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="222"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="223"/>
        <source>&amp;New Library…</source>
        <translation>新建文库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="224"/>
        <source>&amp;Open Library…</source>
        <translation>打开文库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="225"/>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="226"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="227"/>
        <source>&amp;Export Selection…</source>
        <translation>导出所选(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="228"/>
        <source>Export &amp;All Results…</source>
        <translation>导出全部结果(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="229"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="230"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="231"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="232"/>
        <source>&amp;Extract Entities</source>
        <translation>提取实体(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="233"/>
        <source>&amp;Stop Extraction</source>
        <translation>停止提取(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="234"/>
        <source>&amp;About Duizhao</source>
        <translation>关于对照(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="235"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="236"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="321"/>
        <source>no library</source>
        <translation>无文库</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="322"/>
        <source>{0} — Duizhao</source>
        <translation>{0} — 对照</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="326"/>
        <source>{0} articles in the library</source>
        <translation>文库中共 {0} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="330"/>
        <source>Duizhao</source>
        <translation>对照</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="341"/>
        <source>Cannot open the library:
{0}</source>
        <translation>无法打开文库：
{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="356"/>
        <source>New library</source>
        <translation>新建文库</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="365"/>
        <source>Open library</source>
        <translation>打开文库</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="373"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="382"/>
        <source>The library {0} no longer exists.</source>
        <translation>文库 {0} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="398"/>
        <location filename="../../gui/mainwindow.py" line="469"/>
        <source>Cannot search: {0}</source>
        <translation>无法搜索：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="450"/>
        <source>{0} articles, {1} · {2:.0f} ms</source>
        <translation>{0} 篇文章，{1} · {2:.0f} 毫秒</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="460"/>
        <source>“{0}”: {1} articles, {2} hits · {3:.0f} ms</source>
        <translation>“{0}”：{1} 篇文章，{2} 处命中 · {3:.0f} 毫秒</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="471"/>
        <source>The library cannot be read: {0}</source>
        <translation>无法读取文库：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="477"/>
        <source>newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="478"/>
        <source>oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="479"/>
        <source>by title</source>
        <translation>按标题</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="480"/>
        <source>by relevance</source>
        <translation>按相关度</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="515"/>
        <source>{0} articles mention the selected entities</source>
        <translation>{0} 篇文章提到所选实体</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="585"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="591"/>
        <source>Import folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="599"/>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="626"/>
        <source>entity extraction in the Duizhao window</source>
        <translation>对照窗口中的实体抽取</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="638"/>
        <source>Entities %v/%m</source>
        <translation>实体 %v/%m</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="665"/>
        <source>Entities extracted from {0} articles</source>
        <translation>已从 {0} 篇文章中提取实体</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="674"/>
        <source>Entity extraction stopped: {0}</source>
        <translation>实体提取已停止：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="696"/>
        <source>Nothing selected to export</source>
        <translation>没有选中可导出的内容</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="699"/>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="723"/>
        <source>The export failed: {0}</source>
        <translation>导出失败：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="727"/>
        <source>Exporting {0} articles…</source>
        <translation>正在导出 {0} 篇文章…</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="731"/>
        <source>Exported {0} articles to {1}</source>
        <translation>已将 {0} 篇文章导出到 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="757"/>
        <source>About Duizhao</source>
        <translation>关于对照</translation>
    </message>
    <message>
        <location filename="../../gui/mainwindow.py" line="759"/>
        <source>Duizhao (对照 / 對照): an offline reference browser for Chinese-language news, in both scripts.</source>
        <translation>对照（對照）：离线的中文新闻参考浏览器，简繁两种字体对照阅读。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../gui/entity_panel.py" line="82"/>
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="88"/>
        <source>Filter (either script)</source>
        <translation>筛选（简繁均可）</translation>
    </message>
    <message>
        <location filename="../../gui/entity_panel.py" line="103"/>
        <source>Merge %s into:</source>
        <translation>把 %s 合并到：</translation>
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
        <location filename="../../gui/reader.py" line="240"/>
        <source>Automatic (the other script)</source>
        <translation>自动（另一种字体）</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="255"/>
        <source>&amp;Conversion:</source>
        <translation>转换(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="258"/>
        <source>How the second pane is converted from the original.
Automatic shows the other script: Simplified for a Traditional article, Traditional for a Simplified one.
A Simplified article is converted directly to the chosen variant; for a Traditional article and a Traditional variant (Taiwan, Hong Kong) the text is first made Simplified, then converted, so the variant&apos;s own characters and phrases show.</source>
        <translation>第二栏如何由原文转换。
“自动”显示另一种字体：繁体文章显示简体，简体文章显示繁体。
简体文章直接转换为所选变体；繁体文章选繁体变体（台湾、香港）时，先转为简体再转换，以显示该变体特有的字形和用语。</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="267"/>
        <source>Swap sides</source>
        <translation>左右互换</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="268"/>
        <source>Show the original on the other side</source>
        <translation>把原文显示在另一侧</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="269"/>
        <source>Copy with citation</source>
        <translation>复制并附出处</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="270"/>
        <source>Next hit</source>
        <translation>下一处命中</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="271"/>
        <source>Next hit (F3)</source>
        <translation>下一处命中（F3）</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="272"/>
        <source>Previous hit</source>
        <translation>上一处命中</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="273"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一处命中（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="274"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="275"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="276"/>
        <source>Actual size</source>
        <translation>原始大小</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="356"/>
        <source>No article open</source>
        <translation>未打开文章</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="435"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="436"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="437"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="438"/>
        <source>Park or zone</source>
        <translation>园区</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="439"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="440"/>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="441"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="461"/>
        <source>{name}
{type} · {n} mention(s) in this article</source>
        <translation>{name}
{type} · 本文中出现 {n} 次</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="466"/>
        <source>{0} mention(s) in {1} article(s) of the library</source>
        <translation>文库中共提及 {0} 次，见于 {1} 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="540"/>
        <source>no hits</source>
        <translation>无命中</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="543"/>
        <source>hit {0} of {1}</source>
        <translation>第 {0} / {1} 处命中</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="624"/>
        <source>Duizhao article {uid}</source>
        <translation>对照文章 {uid}</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="636"/>
        <source>Select some text to copy with its citation</source>
        <translation>请先选择要复制的文字</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="640"/>
        <source>Copied with citation</source>
        <translation>已复制并附出处</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../gui/results_model.py" line="148"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="148"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="148"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="148"/>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../gui/results_model.py" line="149"/>
        <source>Context</source>
        <translation>上下文</translation>
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
    <name>Waiting</name>
    <message>
        <location filename="../../gui/waiting.py" line="29"/>
        <source>Waiting for {0} to finish with the library ({1} s)…</source>
        <translation>正在等待{0}结束对文库的使用（{1} 秒）…</translation>
    </message>
</context>
</TS>
