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
        <source>Rows with problems: {rows}; nothing was imported.</source>
        <translation>有问题的行：{rows} 行；未导入任何数据。</translation>
    </message>
    <message>
        <source>Dry run of {file}, nothing written: {created} would be created, {updated} updated, {unchanged} unchanged.</source>
        <translation>试运行 {file}，未写入任何数据：将新增 {created} 户，更新 {updated} 户，{unchanged} 户无变化。</translation>
    </message>
    <message>
        <source>Imported {file}: {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入 {file}：新增 {created} 户，更新 {updated} 户，{unchanged} 户无变化。</translation>
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
    <name>CustomerExport</name>
    <message>
        <source>Customers {date}.xlsx</source>
        <translation>客户档案 {date}.xlsx</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Customers exported</source>
        <translation>客户已导出</translation>
    </message>
    <message>
        <source>{count} customers written to {path}. The file holds names and phone numbers: keep it safe.</source>
        <translation>已将 {count} 户客户写入 {path}。文件中包含姓名和电话号码，请妥善保管。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>{path} could not be written: {detail}</source>
        <translation>无法写入 {path}：{detail}</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>12 digits, e.g. 530102100001</source>
        <translation>12 位数字，例如 530102100001</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>as its segment</source>
        <translation>按区域类型</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>separate tags with commas, e.g. 重点培育, 新店</source>
        <translation>多个标签用逗号分隔，例如：重点培育, 新店</translation>
    </message>
    <message>
        <source>License no *</source>
        <translation>专卖许可证号 *</translation>
    </message>
    <message>
        <source>Shop name *</source>
        <translation>客户名称 *</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>经营地址</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>业态</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场类型</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <source>Grade (档位)</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Star level</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Integrity grade</source>
        <translation>诚信等级</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>开业日期</translation>
    </message>
    <message>
        <source>License expires</source>
        <translation>许可证有效期至</translation>
    </message>
    <message>
        <source>Visit every</source>
        <translation>拜访周期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Where the shop stands and what is next to it</source>
        <translation>店铺所处位置及周边情况</translation>
    </message>
    <message>
        <source>e.g. passers-by, residents, office workers</source>
        <translation>例如：过往行人、周边居民、上班族</translation>
    </message>
    <message>
        <source>e.g. classes 1–2</source>
        <translation>例如：一二类烟为主</translation>
    </message>
    <message>
        <source>Competing shop</source>
        <translation>竞争店铺</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>距离（米）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Location and neighbours</source>
        <translation>地理位置与周边</translation>
    </message>
    <message>
        <source>Foot traffic</source>
        <translation>客流量</translation>
    </message>
    <message>
        <source>Main consumer groups</source>
        <translation>主要消费群体</translation>
    </message>
    <message>
        <source>Their income</source>
        <translation>消费群体收入</translation>
    </message>
    <message>
        <source>Dominant price classes</source>
        <translation>主销价类</translation>
    </message>
    <message>
        <source>Competitors nearby</source>
        <translation>周边竞争店铺</translation>
    </message>
    <message>
        <source>Shop area</source>
        <translation>营业面积</translation>
    </message>
    <message>
        <source>Counters and cabinets</source>
        <translation>柜台及陈列柜</translation>
    </message>
    <message>
        <source>Ordering terminal / POS</source>
        <translation>订货终端 / 收银机</translation>
    </message>
    <message>
        <source>known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source> month</source>
        <translation> 月</translation>
    </message>
    <message>
        <source> day</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <source>e.g. likes the magazine 读者; fishing on Sundays</source>
        <translation>例如：爱看《读者》杂志；周日喜欢钓鱼</translation>
    </message>
    <message>
        <source>e.g. after 3 pm, not at lunch time</source>
        <translation>例如：下午三点以后，午饭时间不打扰</translation>
    </message>
    <message>
        <source>e.g. WeChat, phone call, in person</source>
        <translation>例如：微信、电话、上门</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Hobbies and preferences</source>
        <translation>爱好与偏好</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Best time to contact</source>
        <translation>方便联系的时间</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>偏好的联系方式</translation>
    </message>
</context>
<context>
    <name>CustomerImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Read the file again after correcting it</source>
        <translation>修改文件后重新读取</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file with one customer per row.</source>
        <translation>请选择每行一个客户的 CSV 或 Excel 文件。</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>文件前几行</translation>
    </message>
    <message>
        <source>Columns (* required; empty cells keep what the workspace already has)</source>
        <translation>列对应（* 为必填；空单元格保留工作区中已有的内容）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>{encoding} · header on line {line} · {rows} rows</source>
        <translation>{encoding} · 表头在第 {line} 行 · 共 {rows} 行</translation>
    </message>
    <message>
        <source>Checking {rows} rows…</source>
        <translation>正在检查 {rows} 行…</translation>
    </message>
    <message>
        <source>Rows with problems: {bad} of {rows}, listed below; nothing will be imported. Correct the file and read it again.</source>
        <translation>有问题的行：{rows} 行中有 {bad} 行，见下表；不会导入任何数据。请修改文件后重新读取。</translation>
    </message>
    <message>
        <source>Nothing to import: {counts}.</source>
        <translation>没有需要导入的内容：{counts}。</translation>
    </message>
    <message>
        <source>Every row is fine: {counts}. Import writes them all at once.</source>
        <translation>所有行均无问题：{counts}。点击“导入”将一次全部写入。</translation>
    </message>
    <message>
        <source>Total and repeated header rows skipped: line {lines}.</source>
        <translation>已跳过合计行和重复的表头行：第 {lines} 行。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Cartons {month}</source>
        <translation>{month}销量（条）</translation>
    </message>
    <message>
        <source>Cartons this month</source>
        <translation>本月销量（条）</translation>
    </message>
    <message>
        <source>License no</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>诚信等级</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近拜访</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Search name, owner, phone, address, license no or pinyin (Ctrl+F)</source>
        <translation>搜索店名、负责人、电话、地址、许可证号或拼音（Ctrl+F）</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>New customer (Ctrl+N)</source>
        <translation>新建客户 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import customers from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入客户</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the customers shown to an Excel file</source>
        <translation>将当前列出的客户导出为 Excel 文件</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>全部区域类型</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>全部线路</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Any star</source>
        <translation>全部星级</translation>
    </message>
    <message>
        <source>All value tiers</source>
        <translation>全部价值分层</translation>
    </message>
    <message>
        <source>Current customers</source>
        <translation>在册客户</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} customers</source>
        <translation>显示 {shown} / 共 {total} 户</translation>
    </message>
    <message>
        <source>{name} was archived.</source>
        <translation>已将 {name} 归档。</translation>
    </message>
    <message>
        <source>{name} was restored.</source>
        <translation>已恢复 {name}。</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message>
        <source>{n} star evaluations</source>
        <translation>星级测评 {n} 次</translation>
    </message>
    <message>
        <source>{n} SWOT analyses</source>
        <translation>SWOT 分析 {n} 份</translation>
    </message>
    <message>
        <source>{n} improvement plans</source>
        <translation>营销策划 {n} 份</translation>
    </message>
    <message>
        <source>{n} reminders</source>
        <translation>提醒 {n} 条</translation>
    </message>
    <message>
        <source>{n} follow-ups</source>
        <translation>跟进事项 {n} 条</translation>
    </message>
    <message>
        <source>{n} tags</source>
        <translation>标签 {n} 个</translation>
    </message>
    <message>
        <source>{n} visits</source>
        <translation>拜访记录 {n} 次</translation>
    </message>
    <message>
        <source>{n} order lines</source>
        <translation>订单明细 {n} 行</translation>
    </message>
    <message>
        <source>{n} event invitations</source>
        <translation>活动邀约 {n} 条</translation>
    </message>
    <message>
        <source>{n} stops in day plans</source>
        <translation>拜访计划 {n} 站</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{name} has {history}.</source>
        <translation>{name} 有{history}。</translation>
    </message>
    <message>
        <source>Delete {name} for good? Nothing else is attached to it.</source>
        <translation>确定永久删除 {name} 吗？没有其他关联数据。</translation>
    </message>
    <message>
        <source>Delete {name} for good? These go with it:
{items}</source>
        <translation>确定永久删除 {name} 吗？以下数据将一并删除：
{items}</translation>
    </message>
</context>
<context>
    <name>DossierPanel</name>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the dossier (Ctrl+S)</source>
        <translation>保存档案 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境分析</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>客户关怀</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>The dossier of {name} has changes that are not saved. Save them?</source>
        <translation>{name} 的档案有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <source>the new customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>不能删除</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
</context>
<context>
    <name>DossierTabs</name>
    <message>
        <source>Star evaluations</source>
        <translation>星级测评</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT分析</translation>
    </message>
    <message>
        <source>Improvement plans</source>
        <translation>营销策划</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>EvaluationLabels</name>
    <message>
        <source>{total} points</source>
        <translation>{total} 分</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Monthly cartons</source>
        <translation>月销量</translation>
    </message>
    <message>
        <source>Monthly gross profit</source>
        <translation>月毛利</translation>
    </message>
    <message>
        <source>Share of classes 1–2</source>
        <translation>一二类烟占比</translation>
    </message>
    <message>
        <source>Star level</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>{n} cartons</source>
        <translation>{n} 条</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Star evaluation</source>
        <translation>星级测评</translation>
    </message>
    <message>
        <source>SWOT analysis</source>
        <translation>SWOT分析</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>指导方案</translation>
    </message>
    <message>
        <source>Care reminder</source>
        <translation>关怀提醒</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>初选</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀约</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已谢绝</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>Demo orders: {n} lines</source>
        <translation>演示订单 {n} 行</translation>
    </message>
    <message>
        <source>Orders: {n} lines</source>
        <translation>订单 {n} 行</translation>
    </message>
    <message>
        <source>{n} lines</source>
        <translation>{n} 行</translation>
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
    <name>Import</name>
    <message>
        <source>There is no file {path}.</source>
        <translation>找不到文件 {path}。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>无法读取 {path}：{detail}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The file is {size_mb} MB; files up to {limit_mb} MB can be imported.</source>
        <translation>文件大小为 {size_mb} MB；最多可导入 {limit_mb} MB 的文件。</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows; split it and import the parts.</source>
        <translation>文件超过 {limit} 行；请拆分后分批导入。</translation>
    </message>
    <message>
        <source>Line {line} has more than {limit} columns; this does not look like a table to import.</source>
        <translation>第 {line} 行超过 {limit} 列，不像是可导入的表格。</translation>
    </message>
    <message>
        <source>Line {line} of the file is not {encoding} text. Choose another encoding.</source>
        <translation>文件第 {line} 行不是 {encoding} 编码的文本。请选择其他编码。</translation>
    </message>
    <message>
        <source>Line {line} of the file is neither UTF-8 nor GB18030 (GBK) text, so the file was not read. Save it as UTF-8 CSV or as an Excel workbook and try again.</source>
        <translation>文件第 {line} 行既不是 UTF-8 也不是 GB18030（GBK）编码的文本，因此未读取该文件。请另存为 UTF-8 CSV 或 Excel 工作簿后重试。</translation>
    </message>
    <message>
        <source>Line {line} cannot be read: {detail}</source>
        <translation>第 {line} 行无法读取：{detail}</translation>
    </message>
    <message>
        <source>The workbook cannot be read ({detail}).</source>
        <translation>无法读取该工作簿（{detail}）。</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <source>{name} is an old-style Excel file (.xls); save it as an Excel workbook (.xlsx) or as CSV and try again.</source>
        <translation>{name} 是旧版 Excel 文件（.xls）；请另存为 Excel 工作簿（.xlsx）或 CSV 后重试。</translation>
    </message>
    <message>
        <source>Unknown field {field}.</source>
        <translation>未知字段 {field}。</translation>
    </message>
    <message>
        <source>The file has no column for {fields}; map a column to it.</source>
        <translation>文件中没有“{fields}”列；请为它指定一列。</translation>
    </message>
    <message>
        <source>The columns {columns} are all mapped to {field}; map only one.</source>
        <translation>{columns} 这几列都对应到了“{field}”；只能对应一列。</translation>
    </message>
    <message>
        <source>Rows with problems: {rows}; nothing was imported.</source>
        <translation>有问题的行：{rows} 行；未导入任何数据。</translation>
    </message>
    <message>
        <source>License number {license_no} is also on line {other}.</source>
        <translation>专卖许可证号 {license_no} 与第 {other} 行重复。</translation>
    </message>
    <message>
        <source>“{value}” was shortened by Excel; format the column as text in Excel and save the file again.</source>
        <translation>“{value}”已被 Excel 改写成科学计数法；请在 Excel 中把该列设为文本格式后重新保存文件。</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it as 2026-10-05.</source>
        <translation>“{value}”不是日期；请写成 2026-10-05 的形式。</translation>
    </message>
    <message>
        <source>There is no date {value}.</source>
        <translation>不存在日期 {value}。</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no (是/否).</source>
        <translation>“{value}”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>Unknown segment “{value}”; the workspace has {allowed}.</source>
        <translation>未知的区域类型“{value}”；工作区中有：{allowed}。</translation>
    </message>
    <message>
        <source>“{value}” is not a business type; use 食杂店, 便利店, 超市, 烟酒商店, 娱乐服务类, 商场, 其他 or their letters Z, B, S, Y, F, M, O.</source>
        <translation>“{value}”不是业态；请填写食杂店、便利店、超市、烟酒商店、娱乐服务类、商场、其他，或其代码 Z、B、S、Y、F、M、O。</translation>
    </message>
    <message>
        <source>“{value}” is not a market type; use 城镇 (城网, C) or 乡村 (农网, X).</source>
        <translation>“{value}”不是市场类型；请填写城镇（城网、C）或乡村（农网、X）。</translation>
    </message>
    <message>
        <source>“{value}” is not a star level; use 1 to 5, ★★★, 五星 or 超五星.</source>
        <translation>“{value}”不是星级；请填写 1–5、★★★、五星或超五星。</translation>
    </message>
    <message>
        <source>“{value}” is not an integrity grade; use AAA, AA, A, B, C, D or W.</source>
        <translation>“{value}”不是诚信等级；请填写 AAA、AA、A、B、C、D 或 W。</translation>
    </message>
    <message>
        <source>“{value}” is not 农历 or 公历 (yes or no).</source>
        <translation>“{value}”不是农历或公历（是或否）。</translation>
    </message>
    <message>
        <source>“{value}” is not a birthday; write 08-15, 8月15日, 1975-08-15 or 农历八月十五.</source>
        <translation>“{value}”不是生日；请写成 08-15、8月15日、1975-08-15 或 农历八月十五。</translation>
    </message>
    <message>
        <source>The license number is required.</source>
        <translation>专卖许可证号为必填项。</translation>
    </message>
    <message>
        <source>A license number is 8 to 20 digits (usually 12).</source>
        <translation>专卖许可证号为 8–20 位数字（通常为 12 位）。</translation>
    </message>
    <message>
        <source>The shop name is required.</source>
        <translation>客户名称为必填项。</translation>
    </message>
    <message>
        <source>The shop name is longer than 120 characters.</source>
        <translation>客户名称超过 120 个字符。</translation>
    </message>
    <message>
        <source>{phone} is not a phone number (11-digit mobile, or area code and number).</source>
        <translation>{phone} 不是电话号码（应为 11 位手机号，或区号加号码）。</translation>
    </message>
    <message>
        <source>The grade must be between 1 and {max}.</source>
        <translation>档位必须在 1 到 {max} 之间。</translation>
    </message>
    <message>
        <source>The star level must be between 1 and 6.</source>
        <translation>星级必须在 1 到 6 之间。</translation>
    </message>
    <message>
        <source>A visit frequency must be between 1 and 365 days.</source>
        <translation>拜访频率必须在 1 到 365 天之间。</translation>
    </message>
    <message>
        <source>The opening date is in the future.</source>
        <translation>开业日期晚于今天。</translation>
    </message>
    <message>
        <source>The license expires before the shop opened.</source>
        <translation>许可证有效期早于开业日期。</translation>
    </message>
    <message>
        <source>The birthday month must be between 1 and 12.</source>
        <translation>生日的月份必须在 1 到 12 之间。</translation>
    </message>
    <message>
        <source>The birthday day must be between 1 and {max_day}.</source>
        <translation>生日的日期必须在 1 到 {max_day} 之间。</translation>
    </message>
    <message>
        <source>There is no such date in the solar calendar.</source>
        <translation>公历中没有这一天。</translation>
    </message>
    <message>
        <source>Only a lunar birthday can fall in a leap month.</source>
        <translation>只有农历生日才可能在闰月。</translation>
    </message>
    <message>
        <source>This figure cannot be negative.</source>
        <translation>该数值不能为负数。</translation>
    </message>
    <message>
        <source>Competitor {n} has no name.</source>
        <translation>第 {n} 个竞争店没有名称。</translation>
    </message>
    <message>
        <source>A distance cannot be negative.</source>
        <translation>距离不能为负数。</translation>
    </message>
    <message>
        <source>License number</source>
        <translation>专卖许可证号</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>经营地址</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>业态</translation>
    </message>
    <message>
        <source>Market type</source>
        <translation>市场类型</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Star level</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Integrity grade</source>
        <translation>诚信等级</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>Lunar calendar flag</source>
        <translation>农历</translation>
    </message>
    <message>
        <source>License expiry</source>
        <translation>许可证有效期</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{column}: {reason}</source>
        <translation>{column}：{reason}</translation>
    </message>
    <message>
        <source>line {line}: {problems}</source>
        <translation>第 {line} 行：{problems}</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>GB18030 (GBK)</source>
        <translation>GB18030（GBK）</translation>
    </message>
    <message>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16（Excel Unicode 文本）</translation>
    </message>
    <message>
        <source>UTF-32</source>
        <translation>UTF-32</translation>
    </message>
    <message>
        <source>Big5</source>
        <translation>Big5（繁体）</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
</context>
<context>
    <name>ImportTables</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {unchanged} unchanged</source>
        <translation>新增 {created} 户，更新 {updated} 户，{unchanged} 户无变化</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Grocery (Z)</source>
        <translation>食杂店 (Z)</translation>
    </message>
    <message>
        <source>Convenience store (B)</source>
        <translation>便利店 (B)</translation>
    </message>
    <message>
        <source>Supermarket (S)</source>
        <translation>超市 (S)</translation>
    </message>
    <message>
        <source>Tobacco and liquor shop (Y)</source>
        <translation>烟酒商店 (Y)</translation>
    </message>
    <message>
        <source>Entertainment and services (F)</source>
        <translation>娱乐服务类 (F)</translation>
    </message>
    <message>
        <source>Shopping mall</source>
        <translation>商场</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Town (C)</source>
        <translation>城镇 (C)</translation>
    </message>
    <message>
        <source>Rural (X)</source>
        <translation>乡村 (X)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常经营</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>停业</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Solar calendar</source>
        <translation>公历</translation>
    </message>
    <message>
        <source>Lunar calendar</source>
        <translation>农历</translation>
    </message>
    <message>
        <source>5★+</source>
        <translation>超五星</translation>
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
        <source>Customers</source>
        <translation>客户档案</translation>
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
        <source>License number {license_no} already belongs to {name}.</source>
        <translation>许可证号 {license_no} 已属于 {name}。</translation>
    </message>
    <message>
        <source>This customer has visits, orders or invitations; archive it instead of deleting it.</source>
        <translation>该客户已有拜访、订单或活动邀约记录，不能删除，请改为归档。</translation>
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
    <message>
        <source>Unknown criterion {code}.</source>
        <translation>未知的测评项目 {code}。</translation>
    </message>
    <message>
        <source>{name}: the score must be between 0 and {max}.</source>
        <translation>{name}：得分应在 0 到 {max} 之间。</translation>
    </message>
    <message>
        <source>Unknown integrity grade {grade}.</source>
        <translation>未知的诚信等级 {grade}。</translation>
    </message>
    <message>
        <source>Customer value points are between 0 and 10.</source>
        <translation>客户价值分应在 0 到 10 之间。</translation>
    </message>
    <message>
        <source>A SWOT analysis needs at least one entry.</source>
        <translation>SWOT分析至少要填写一条内容。</translation>
    </message>
    <message>
        <source>A plan needs at least one measure or target.</source>
        <translation>方案至少要有一条措施或一个目标。</translation>
    </message>
    <message>
        <source>This target must be between {low} and {high}.</source>
        <translation>该目标值应在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <source>The review date is before the plan was made.</source>
        <translation>复查日期早于方案制定日期。</translation>
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
    <name>PlansTab</name>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ 已达成</translation>
    </message>
    <message>
        <source>✗ Not yet</source>
        <translation>✗ 未达成</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>制定日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复查日期</translation>
    </message>
    <message>
        <source>Plans, newest first</source>
        <translation>指导方案（最新在前）</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>复查日期</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>One measure per line</source>
        <translation>每行一条措施</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Notes, e.g. what the plan is based on</source>
        <translation>备注，如方案依据</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>完成进度</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标项目</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基期值</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source> cartons</source>
        <translation> 条</translation>
    </message>
    <message>
        <source> stars</source>
        <translation> 星</translation>
    </message>
    <message>
        <source>No plan yet: write the measures and targets below and save.</source>
        <translation>还没有指导方案：在下面填写措施和目标后保存。</translation>
    </message>
    <message>
        <source>Save the plan to see its progress.</source>
        <translation>保存方案后即可看到完成进度。</translation>
    </message>
    <message>
        <source>The plan has no targets to measure.</source>
        <translation>该方案没有可衡量的目标。</translation>
    </message>
    <message>
        <source>No orders from this customer yet: the sales targets show progress once orders are imported.</source>
        <translation>该客户还没有订单数据：导入订单后即可看到销售目标的完成进度。</translation>
    </message>
    <message>
        <source>Actual figures of {month}, the customer&apos;s latest month with orders; star level as it is now.</source>
        <translation>实际值取自 {month}（该客户最近有订单的月份）；星级为当前星级。</translation>
    </message>
    <message>
        <source>Unsaved plan</source>
        <translation>方案未保存</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Save them?</source>
        <translation>方案有未保存的修改，要保存吗？</translation>
    </message>
    <message>
        <source>New plan: not saved yet.</source>
        <translation>新方案：尚未保存。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>方案未保存</translation>
    </message>
    <message>
        <source>Delete the plan of {date}? This cannot be undone.</source>
        <translation>删除 {date} 制定的方案？删除后无法恢复。</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>Plan not deleted</source>
        <translation>方案未删除</translation>
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
<context>
    <name>StarEvaluationDialog</name>
    <message>
        <source>New star evaluation</source>
        <translation>新建星级测评</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>{name} (max {max})</source>
        <translation>{name}（满分 {max}）</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未填</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>What you saw: price labels, display, cooperation …</source>
        <translation>现场所见：明码标价、陈列、配合情况……</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>测评日期</translation>
    </message>
    <message>
        <source>Integrity grade</source>
        <translation>诚信等级</translation>
    </message>
    <message>
        <source>Customer value points</source>
        <translation>客户价值分</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evaluation result</source>
        <translation>测评结果</translation>
    </message>
    <message>
        <source>The scores start from the evaluation of {date}; change what is different now.</source>
        <translation>各项得分沿用 {date} 的测评，请修改有变化的项目。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{total} of {max} points</source>
        <translation>{total} 分（满分 {max}）</translation>
    </message>
    <message>
        <source>Result code: {code}</source>
        <translation>测评结果：{code}</translation>
    </message>
    <message>
        <source>Evaluation not saved</source>
        <translation>测评未保存</translation>
    </message>
</context>
<context>
    <name>StarEvaluationTab</name>
    <message>
        <source>New evaluation…</source>
        <translation>新建测评…</translation>
    </message>
    <message>
        <source>Score the shop against the star scheme</source>
        <translation>按星级测评标准给本店打分</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>诚信等级</translation>
    </message>
    <message>
        <source>Value pts</source>
        <translation>价值分</translation>
    </message>
    <message>
        <source>Result code</source>
        <translation>测评结果</translation>
    </message>
    <message>
        <source>Evaluations, newest first</source>
        <translation>测评记录（最新在前）</translation>
    </message>
    <message>
        <source>Star level over time</source>
        <translation>星级变化</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>测评项目</translation>
    </message>
    <message>
        <source>Criterion group</source>
        <translation>项目类别</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Full marks</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>No star evaluation yet: record the first with “New evaluation…”.</source>
        <translation>还没有星级测评：点“新建测评…”录入第一次测评。</translation>
    </message>
    <message>
        <source>Evaluations: {n}</source>
        <translation>共 {n} 次测评</translation>
    </message>
    <message>
        <source>Scores per criterion</source>
        <translation>各项得分</translation>
    </message>
    <message>
        <source>{date} · {total} points · {stars} · {code}</source>
        <translation>{date} · {total} 分 · {stars} · {code}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{name} {score}/{max}</source>
        <translation>{name} {score}/{max}</translation>
    </message>
    <message>
        <source>Weakest: {items}</source>
        <translation>薄弱项：{items}</translation>
    </message>
    <message>
        <source>Full marks on every criterion.</source>
        <translation>各项均为满分。</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>备注：{notes}</translation>
    </message>
    <message>
        <source>Delete the star evaluation of {date} ({code})? This cannot be undone.</source>
        <translation>删除 {date} 的星级测评（{code}）？删除后无法恢复。</translation>
    </message>
    <message>
        <source>Delete star evaluation</source>
        <translation>删除星级测评</translation>
    </message>
    <message>
        <source>Evaluation not deleted</source>
        <translation>测评未删除</translation>
    </message>
</context>
<context>
    <name>SwotTab</name>
    <message>
        <source>New analysis</source>
        <translation>新建分析</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Analyses, newest first</source>
        <translation>分析记录（最新在前）</translation>
    </message>
    <message>
        <source>Analysed on</source>
        <translation>分析日期</translation>
    </message>
    <message>
        <source>Strengths (S)</source>
        <translation>优势 S</translation>
    </message>
    <message>
        <source>Weaknesses (W)</source>
        <translation>劣势 W</translation>
    </message>
    <message>
        <source>Opportunities (O)</source>
        <translation>机会 O</translation>
    </message>
    <message>
        <source>Threats (T)</source>
        <translation>威胁 T</translation>
    </message>
    <message>
        <source>One entry per line</source>
        <translation>每行一条</translation>
    </message>
    <message>
        <source>What follows for this shop</source>
        <translation>对本店的结论和下一步</translation>
    </message>
    <message>
        <source>No SWOT analysis yet: write one below and save it.</source>
        <translation>还没有SWOT分析：在下面填写后保存。</translation>
    </message>
    <message>
        <source>Unsaved SWOT analysis</source>
        <translation>SWOT分析未保存</translation>
    </message>
    <message>
        <source>The SWOT analysis has changes that are not saved. Save them?</source>
        <translation>SWOT分析有未保存的修改，要保存吗？</translation>
    </message>
    <message>
        <source>New analysis: not saved yet.</source>
        <translation>新分析：尚未保存。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>SWOT analysis not saved</source>
        <translation>SWOT分析未保存</translation>
    </message>
    <message>
        <source>Delete the SWOT analysis of {date}? This cannot be undone.</source>
        <translation>删除 {date} 的SWOT分析？删除后无法恢复。</translation>
    </message>
    <message>
        <source>Delete SWOT analysis</source>
        <translation>删除SWOT分析</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>SWOT analysis not deleted</source>
        <translation>SWOT分析未删除</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Entries after today (planned visits, events to come) are in grey italics.</source>
        <translation>今天以后的事项（计划拜访、即将举行的活动）以灰色斜体显示。</translation>
    </message>
    <message>
        <source>Nothing recorded for this customer yet.</source>
        <translation>该客户还没有任何记录。</translation>
    </message>
    <message>
        <source>Entries: {n}</source>
        <translation>共 {n} 条</translation>
    </message>
</context>
</TS>
