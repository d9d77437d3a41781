<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>Demo workspace built at {path}: {customers} customers, {products} products, {lines} order lines, {visits} visits, {reminders} reminders, {events} events.</source>
        <translation>演示工作区已生成：{path}，客户 {customers} 户，卷烟规格 {products} 个，订单明细 {lines} 行，拜访 {visits} 次，提醒 {reminders} 条，活动 {events} 场。</translation>
    </message>
    <message>
        <source>check works on a workspace file: pass --db PATH</source>
        <translation>check 命令检查的是工作区文件：请用 --db 路径 指定</translation>
    </message>
    <message>
        <source>There is no workspace at {path}.</source>
        <translation>找不到工作区文件：{path}。</translation>
    </message>
    <message>
        <source>Workspace: {path}</source>
        <translation>工作区：{path}</translation>
    </message>
    <message>
        <source>Schema revision: {found} (this version of Fieldbook: {expected})</source>
        <translation>数据库结构版本：{found}（本版程序：{expected}）</translation>
    </message>
    <message>
        <source>Integrity check: {result}</source>
        <translation>完整性检查：{result}</translation>
    </message>
    <message>
        <source>Broken references: {n}</source>
        <translation>失效的关联：{n}</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>各表行数：</translation>
    </message>
    <message>
        <source>Healthy.</source>
        <translation>状态良好。</translation>
    </message>
    <message>
        <source>NOT healthy.</source>
        <translation>存在问题！</translation>
    </message>
    <message>
        <source>Unknown command {name}.</source>
        <translation>未知命令 {name}。</translation>
    </message>
    <message>
        <source>details in {path}</source>
        <translation>详情见 {path}</translation>
    </message>
</context>
<context>
    <name>FaultDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
    <message>
        <source>Fieldbook met an unexpected error; your saved data is safe.

{error}</source>
        <translation>客户经理工作台遇到意外错误，已保存的数据不受影响。

{error}</translation>
    </message>
    <message>
        <source>Details are in the log: {path}</source>
        <translation>详细信息见日志：{path}</translation>
    </message>
    <message>
        <source>Fieldbook cannot start</source>
        <translation>客户经理工作台无法启动</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month}月</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fieldbook — customer manager&apos;s workbench</source>
        <translation>客户经理工作台 Fieldbook</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>工作台概览</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Workspace: {path}</source>
        <translation>工作区：{path}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Fieldbook</source>
        <translation>关于客户经理工作台(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;log</source>
        <translation>打开日志(&amp;L)</translation>
    </message>
    <message>
        <source>About Fieldbook</source>
        <translation>关于客户经理工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fieldbook 客户经理工作台&lt;/h3&gt;&lt;p&gt;A workbench for customer managers: retailer dossiers, sales analysis, visits, care reminders and salons, all in one file on this computer.&lt;/p&gt;&lt;p&gt;Workspace: {path}&lt;br&gt;Data folder: {data}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客户经理工作台 Fieldbook&lt;/h3&gt;&lt;p&gt;为客户经理打造的工作台：零售户档案、经营分析、拜访、关怀提醒与沙龙活动，全部保存在本机的一个文件中。&lt;/p&gt;&lt;p&gt;工作区：{path}&lt;br&gt;数据文件夹：{data}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backup saved to {path}</source>
        <translation>备份已保存：{path}</translation>
    </message>
    <message>
        <source>Fieldbook</source>
        <translation>客户经理工作台</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Fieldbook workspace (*.db)</source>
        <translation>工作区文件 (*.db)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>{path} already exists; it will be opened instead.</source>
        <translation>{path} 已存在，将直接打开它。</translation>
    </message>
    <message>
        <source>Building the demo workspace…</source>
        <translation>正在生成演示工作区…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <source>Demo workspace ready.</source>
        <translation>演示工作区已就绪。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Fieldbook starts.</source>
        <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The default margin rate must be between 0% and 100%.</source>
        <translation>默认毛利率必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The number of grades must be between 1 and 60.</source>
        <translation>档位数必须在 1 到 60 之间。</translation>
    </message>
    <message>
        <source>A visit frequency must be between 1 and 365 days.</source>
        <translation>拜访频率必须在 1 到 365 天之间。</translation>
    </message>
    <message>
        <source>The demo territory can only be built into an empty workspace; this one already has customers or products.</source>
        <translation>演示数据只能生成到空的工作区中；该工作区已有客户或卷烟规格。</translation>
    </message>
    <message>
        <source>The workspace has no segments yet; set up the default schemes before building the demo.</source>
        <translation>该工作区还没有区域类型，请先建立默认方案再生成演示数据。</translation>
    </message>
    <message>
        <source>The demo build was cancelled; nothing was written.</source>
        <translation>已取消生成演示数据，未写入任何内容。</translation>
    </message>
    <message>
        <source>A demo territory has between 1 and 100000 customers.</source>
        <translation>演示数据的客户数须在 1 到 100000 之间。</translation>
    </message>
    <message>
        <source>A demo history covers between 1 and 120 months.</source>
        <translation>演示数据的历史月数须在 1 到 120 之间。</translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of Fieldbook (schema {rev}). It was left untouched; please update Fieldbook to open it.</source>
        <translation>该工作区由更新版本的客户经理工作台创建（结构版本 {rev}），文件未作任何改动。请升级程序后再打开。</translation>
    </message>
    <message>
        <source>The workspace {path} is already open in another Fieldbook window.</source>
        <translation>工作区 {path} 已在另一个客户经理工作台窗口中打开。</translation>
    </message>
    <message>
        <source>The folder of workspace {path} does not exist; nothing was created.</source>
        <translation>工作区 {path} 所在的文件夹不存在，未创建任何文件。</translation>
    </message>
    <message>
        <source>{what} {key} was not found.</source>
        <translation>找不到{what} {key}。</translation>
    </message>
    <message>
        <source>{path} is a database, but not a Fieldbook workspace; it was left untouched.</source>
        <translation>{path} 是数据库文件，但不是客户经理工作台的工作区，文件未作改动。</translation>
    </message>
    <message>
        <source>The workspace {path} cannot be read ({detail}); it was left untouched.</source>
        <translation>无法读取工作区 {path}（{detail}），文件未作改动。</translation>
    </message>
    <message>
        <source>Unexpected error: {detail}</source>
        <translation>意外错误：{detail}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>工作台概览</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Cartons, latest month</source>
        <translation>最近一月销量（条）</translation>
    </message>
    <message>
        <source>Purchase amount, latest month</source>
        <translation>最近一月购进金额</translation>
    </message>
    <message>
        <source>Visits planned today</source>
        <translation>今日计划拜访</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>待办跟进</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>在售规格</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>Visit every (days)</source>
        <translation>拜访周期（天）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒事项</translation>
    </message>
    <message>
        <source>Customers by segment</source>
        <translation>各区域类型客户</translation>
    </message>
    <message>
        <source>Care reminders, next 14 days</source>
        <translation>近 14 天关怀提醒</translation>
    </message>
    <message numerus="yes">
        <source>%n archived</source>
        <translation>
            <numerusform>另有 %n 户已归档</numerusform>
        </translation>
    </message>
    <message>
        <source>No order data yet.</source>
        <translation>尚无订单数据。</translation>
    </message>
    <message>
        <source>Latest month with orders: {month} · {n} customers ordered</source>
        <translation>最近有订单的月份：{month} · {n} 户订货</translation>
    </message>
    <message>
        <source>vs previous month {change}</source>
        <translation>环比 {change}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Your name, printed on reports</source>
        <translation>您的姓名，打印在报表上</translation>
    </message>
    <message>
        <source>e.g. the marketing department of your city company</source>
        <translation>例如：某某市烟草公司营销部</translation>
    </message>
    <message>
        <source>Used for the retailer&apos;s gross profit where a product has no retail price</source>
        <translation>卷烟没有零售指导价时，用它估算零售户毛利</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Customer manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Default margin rate</source>
        <translation>默认毛利率</translation>
    </message>
    <message>
        <source>Number of grades (档位)</source>
        <translation>档位数</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Visit frequency by segment (days between visits)</source>
        <translation>各区域类型拜访频率（两次拜访间隔天数）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
</context>
</TS>
