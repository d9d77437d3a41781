<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccuracyPanel</name>
    <message>
        <source>Test on the last</source>
        <translation>检验最近</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Run the test</source>
        <translation>开始检验</translation>
    </message>
    <message>
        <source>Forecast each month again from the data before it only, and compare with what the shops then bought</source>
        <translation>只用每个月之前的数据重新预测该月，再与零售户实际订货比较</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>尚未检验。</translation>
    </message>
    <message>
        <source>Error is WAPE: the sum of the errors over the sum of what was supplied, by shop × product (left) and for the territory by product (right). Where an order was filled in full the error counts both ways; where supply was cut, the supply only shows demand was at least that much, so only a forecast below it is an error. &quot;Same as last month&quot; carries last month&apos;s supply forward; &quot;stated demand&quot; carries last month&apos;s requested quantity forward, as a 需求采集本 does. Lower is better.</source>
        <translation>误差为 WAPE：误差之和 ÷ 订足量之和，左为按户 × 规格，右为全片区按规格。订单足额满足的，高估低估都算误差；供货被削减的，订足量只说明需求至少这么多，所以只有预测低于它才算误差。“同上月”沿用上月订足量；“上报需求”沿用上月需求量，即需求采集本的做法。越低越好。</translation>
    </message>
    <message>
        <source>Your adjustments, judged</source>
        <translation>您的调整，事后检验</translation>
    </message>
    <message>
        <source>Testing the forecast on the last {n} months…</source>
        <translation>正在用最近 {n} 个月检验预测…</translation>
    </message>
    <message>
        <source>Not enough orders to test the forecast.</source>
        <translation>订单数据不足，无法检验预测。</translation>
    </message>
    <message>
        <source>The forecast beats both baselines.</source>
        <translation>预测优于两种基准。</translation>
    </message>
    <message>
        <source>The forecast does not beat both baselines over these months.</source>
        <translation>这几个月预测未能同时优于两种基准。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{first} to {last}&lt;/b&gt;, by shop × product: forecast {f}, same as last month {n}, stated demand {s}. {verdict}</source>
        <translation>&lt;b&gt;{first} 至 {last}&lt;/b&gt;，按户 × 规格：预测 {f}，同上月 {n}，上报需求 {s}。{verdict}</translation>
    </message>
    <message>
        <source>No adjustments were kept for these months.</source>
        <translation>这几个月没有保存的调整。</translation>
    </message>
    <message>
        <source>{helped} of {n} adjustments brought the figure closer to what the shop bought. Each is judged by the same error as above: the model&apos;s figure alone against the figure with the adjustment.</source>
        <translation>{n} 条调整中有 {helped} 条使预测更接近零售户实际订货。判断用的是上面同一种误差：模型原值与调整后数值相比。</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust the forecast</source>
        <translation>调整预测</translation>
    </message>
    <message>
        <source>{month}: the model forecasts {model} cartons. Add what you know that the orders cannot show; the reason is kept and, once the month&apos;s orders are in, the adjustment is judged against what happened.</source>
        <translation>{month}：模型预测 {model} 条。请补充订单看不出的情况；原因会保存下来，当月订单进来后，按实际情况检验这条调整。</translation>
    </message>
    <message>
        <source> cartons</source>
        <translation> 条</translation>
    </message>
    <message>
        <source>Negative takes cartons away</source>
        <translation>负数表示减少</translation>
    </message>
    <message>
        <source>e.g. the development zone is growing: more workers</source>
        <translation>例如：开发区扩建，打工人员增加</translation>
    </message>
    <message>
        <source>Adjustment:</source>
        <translation>调整量：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>调整原因：</translation>
    </message>
    <message>
        <source>Forecast becomes:</source>
        <translation>调整后预测：</translation>
    </message>
    <message>
        <source>Remove adjustment</source>
        <translation>删除调整</translation>
    </message>
    <message>
        <source>{n} cartons</source>
        <translation>{n} 条</translation>
    </message>
</context>
<context>
    <name>AnalysisCharts</name>
    <message>
        <source>Cartons</source>
        <translation>销量（条）</translation>
    </message>
    <message>
        <source>Purchase amount (¥10k)</source>
        <translation>购进金额（万元）</translation>
    </message>
    <message>
        <source>Share of cartons</source>
        <translation>销量占比</translation>
    </message>
    <message>
        <source>Share of gross profit</source>
        <translation>毛利占比</translation>
    </message>
</context>
<context>
    <name>AnalysisKpis</name>
    <message>
        <source>Cartons</source>
        <translation>销量（条）</translation>
    </message>
    <message>
        <source>Purchase amount</source>
        <translation>购进金额</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Class 1–2 share</source>
        <translation>一二类烟占比</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>订足率</translation>
    </message>
    <message>
        <source>Customers ordering</source>
        <translation>订货户数</translation>
    </message>
    <message>
        <source>No month to compare with</source>
        <translation>没有可比较的月份</translation>
    </message>
    <message>
        <source>MoM {change}</source>
        <translation>环比 {change}</translation>
    </message>
    <message>
        <source>YoY {change}</source>
        <translation>同比 {change}</translation>
    </message>
    <message>
        <source>Previous month: {previous} · Same month last year: {year_ago}</source>
        <translation>上月：{previous} · 去年同月：{year_ago}</translation>
    </message>
</context>
<context>
    <name>AnalysisLabels</name>
    <message>
        <source>C{n}</source>
        <translation>{n}类</translation>
    </message>
    <message>
        <source>profit ÷ retail sales</source>
        <translation>毛利÷零售额</translation>
    </message>
    <message>
        <source>profit ÷ purchase amount</source>
        <translation>毛利÷进货额</translation>
    </message>
    <message>
        <source>Margin ({basis})</source>
        <translation>毛利率（{basis}）</translation>
    </message>
    <message>
        <source>{name} (suspended)</source>
        <translation>{name}（停业）</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name}（已归档）</translation>
    </message>
    <message>
        <source>Less than three months of history</source>
        <translation>历史不足三个月</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Cartons and gross profit</source>
        <translation>销量和毛利</translation>
    </message>
    <message>
        <source>Cartons</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <source>Sales analysis</source>
        <translation>经营分析</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>The month to analyse: months with order data, newest first</source>
        <translation>要分析的月份：有订单数据的月份，最近的在前</translation>
    </message>
    <message>
        <source>Import orders…</source>
        <translation>导入订单…</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>导入记录…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>重新读取数据（F5）</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>打印报表…</translation>
    </message>
    <message>
        <source>The month&apos;s analysis as an A4 PDF, opened in the system viewer</source>
        <translation>本月经营分析（A4 PDF），用系统阅读器打开</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Send the month&apos;s analysis to a printer</source>
        <translation>将本月经营分析发送到打印机</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>by cartons</source>
        <translation>按销量</translation>
    </message>
    <message>
        <source>by gross profit</source>
        <translation>按毛利</translation>
    </message>
    <message>
        <source>Rank customers</source>
        <translation>客户排名</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>品规</translation>
    </message>
    <message>
        <source>Falling 3 months</source>
        <translation>连续三月下滑</translation>
    </message>
    <message>
        <source>Demand inflation</source>
        <translation>需求虚高</translation>
    </message>
    <message>
        <source>New products listed</source>
        <translation>新品上柜</translation>
    </message>
    <message>
        <source>Products supplied below demand</source>
        <translation>未订足的品规</translation>
    </message>
    <message>
        <source>Customers with the lowest fill rate</source>
        <translation>订足率最低的客户</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>订足率</translation>
    </message>
    <message>
        <source>No order data yet: import order lines to see the analysis.</source>
        <translation>还没有订单数据：导入订单明细后即可查看经营分析。</translation>
    </message>
    <message>
        <source>{month}: {customers} customers ordered · compared with the month before and the same month last year</source>
        <translation>{month}：{customers} 户订货 · 与上月（环比）和去年同月（同比）比较</translation>
    </message>
    <message>
        <source>Customers whose cartons or gross profit fell in each of the last three months ({n}). Double-click a row to open the dossier.</source>
        <translation>销量或毛利连续三个月下滑的客户（{n} 户）。双击一行打开客户档案。</translation>
    </message>
    <message>
        <source>{short}: a fall three months running cannot be told yet.</source>
        <translation>{short}，尚无法判断连续三个月下滑。</translation>
    </message>
    <message>
        <source>Short-supplied products whose requested quantity rose on at least {orders} orders in a row while supply did not ({n}): stated demand is running ahead of real demand.</source>
        <translation>紧俏品规的需求量连续至少{orders}次订货都在上升、供货量却没有增加（{n} 条）：报的需求已超出真实需求。</translation>
    </message>
    <message>
        <source>{short}: demand inflation cannot be read yet.</source>
        <translation>{short}，尚无法判断需求虚增。</translation>
    </message>
    <message>
        <source>First orders of products flagged new ({n}); reordered since: {rate}.</source>
        <translation>新品首次订货（{n} 条）；其后再次订货（动销）：{rate}。</translation>
    </message>
    <message>
        <source>The order history starts this month, so a first order cannot be told from a regular one.</source>
        <translation>订单历史从本月开始，无法区分首次订货和日常订货。</translation>
    </message>
    <message>
        <source>Top {n}</source>
        <translation>前 {n} 名</translation>
    </message>
    <message>
        <source>Bottom {n}</source>
        <translation>后 {n} 名</translation>
    </message>
    <message>
        <source>{n} customers ordered this month · margin = {basis}</source>
        <translation>本月 {n} 户订货 · 毛利率 = {basis}</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>Notes for the report (optional):</source>
        <translation>报表备注（可不填）：</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>Report sent to the printer.</source>
        <translation>报表已发送到打印机。</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>报表已生成：{path}</translation>
    </message>
</context>
<context>
    <name>AnalysisTables</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Cartons</source>
        <translation>销量（条）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Cartons MoM</source>
        <translation>销量环比</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新品</translation>
    </message>
    <message>
        <source>Scarce</source>
        <translation>紧俏</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>卷烟规格</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>价类</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>动销户数</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>订足率</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>需求量</translation>
    </message>
    <message>
        <source>Supplied</source>
        <translation>订足量</translation>
    </message>
    <message>
        <source>Cartons, 4 months</source>
        <translation>销量（近4个月）</translation>
    </message>
    <message>
        <source>Gross profit, 4 months</source>
        <translation>毛利（近4个月）</translation>
    </message>
    <message>
        <source>Falling</source>
        <translation>下滑项</translation>
    </message>
    <message>
        <source>Cartons change</source>
        <translation>销量变化</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订货次数</translation>
    </message>
    <message>
        <source>Latest order</source>
        <translation>最近订货</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首次订货</translation>
    </message>
    <message>
        <source>Reordered</source>
        <translation>再次订货</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup saved: {name}</source>
        <translation>已自动备份：{name}</translation>
    </message>
    <message>
        <source>Automatic backup failed: {reason}</source>
        <translation>自动备份失败：{reason}</translation>
    </message>
</context>
<context>
    <name>BackupGroup</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最近已验证</translation>
    </message>
    <message>
        <source>This workspace is not a file on this computer: it has no backups.</source>
        <translation>这个工作区不是本机上的文件，没有备份。</translation>
    </message>
    <message>
        <source>{count} backups, {size} in all</source>
        <translation>{count} 个备份，共 {size}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>还没有</translation>
    </message>
</context>
<context>
    <name>BackupLabels</name>
    <message>
        <source>Manual backup</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Scheduled backup</source>
        <translation>定时备份</translation>
    </message>
    <message>
        <source>Backup at close</source>
        <translation>关闭时备份</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before an undo</source>
        <translation>撤销前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before a bulk recompute</source>
        <translation>批量重算前</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>损坏文件</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件是只读的</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>文件夹是只读的</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} GB</source>
        <translation>{n} GB</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ 已验证</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Its operation did not complete</source>
        <translation>对应的操作未完成</translation>
    </message>
    <message>
        <source>{time} ({kind})</source>
        <translation>{time}（{kind}）</translation>
    </message>
    <message>
        <source>the folder is on a network drive</source>
        <translation>文件夹位于网络驱动器上</translation>
    </message>
    <message>
        <source>the folder is inside a cloud-sync folder ({name})</source>
        <translation>文件夹位于云同步文件夹（{name}）中</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Licence expiry</source>
        <translation>许可证到期</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>方案复查</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation>到期未访</translation>
    </message>
    <message>
        <source>Own reminder</source>
        <translation>自定提醒</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>no leap month this year: kept in the ordinary month</source>
        <translation>今年无此闰月，按平月</translation>
    </message>
    <message>
        <source>this lunar month has no 30th: kept on the 29th</source>
        <translation>本月无三十，按廿九</translation>
    </message>
    <message>
        <source>no 29 February this year: kept on 28 February</source>
        <translation>今年无2月29日，按2月28日</translation>
    </message>
    <message>
        <source>{owner}&apos;s {who}: birthday</source>
        <translation>{owner}的{who}生日</translation>
    </message>
    <message>
        <source>{owner}: birthday</source>
        <translation>{owner}生日</translation>
    </message>
    <message>
        <source> ({age} years)</source>
        <translation>（{age}岁）</translation>
    </message>
    <message>
        <source>, {lunar} (solar {date})</source>
        <translation>，{lunar}（公历{date}）</translation>
    </message>
    <message>
        <source>; {note}</source>
        <translation>；{note}</translation>
    </message>
    <message>
        <source>{festival}: care for {n} shops</source>
        <translation>{festival}：关怀{n}户</translation>
    </message>
    <message>
        <source>Licence expired on {date}</source>
        <translation>许可证已于{date}到期</translation>
    </message>
    <message>
        <source>Licence expires on {date}, in {days} days</source>
        <translation>许可证将于{date}到期，还有{days}天</translation>
    </message>
    <message>
        <source>Review the improvement plan: {text}</source>
        <translation>复查指导方案：{text}</translation>
    </message>
    <message>
        <source>Review the improvement plan</source>
        <translation>复查指导方案</translation>
    </message>
    <message>
        <source>Follow-up: {text}</source>
        <translation>跟进：{text}</translation>
    </message>
    <message>
        <source>Not visited beyond its cycle: due since {date}</source>
        <translation>超出拜访周期未访：{date}起到期</translation>
    </message>
    <message>
        <source>snoozed until {date}</source>
        <translation>推迟至{date}</translation>
    </message>
    <message>
        <source>Licence no. {no}</source>
        <translation>许可证号 {no}</translation>
    </message>
    <message>
        <source>Visit plan: {n} shops</source>
        <translation>拜访计划：{n}户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>{told} → {date}, in {days} days</source>
        <translation>{told} → {date}，还有{days}天</translation>
    </message>
    <message>
        <source>{told} → {date} ({lunar}), in {days} days</source>
        <translation>{told} → {date}（{lunar}），还有{days}天</translation>
    </message>
    <message>
        <source>{told} → today, {date}</source>
        <translation>{told} → 就是今天，{date}</translation>
    </message>
</context>
<context>
    <name>CarePlanBox</name>
    <message>
        <source>As its segment</source>
        <translation>按区域类型</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Days between visits for the tier&apos;s shops; blank: the segment&apos;s</source>
        <translation>该层客户的拜访间隔天数；留空：按区域类型的频次</translation>
    </message>
    <message>
        <source>Invite to salons</source>
        <translation>邀请参加沙龙</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务策略</translation>
    </message>
    <message>
        <source>Visit every</source>
        <translation>拜访间隔</translation>
    </message>
</context>
<context>
    <name>CarePlanPanel</name>
    <message>
        <source>Value tiers</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>Click a tier here or in the quadrant&apos;s legend to see its care plan; the plans are edited in Settings.</source>
        <translation>点击此处或矩阵图例中的分层查看其维护方案；方案在“设置”中编辑。</translation>
    </message>
    <message>
        <source>{tier} · {n} shops</source>
        <translation>{tier} · {n} 户</translation>
    </message>
    <message>
        <source>Care plan: {tier}</source>
        <translation>维护方案：{tier}</translation>
    </message>
    <message>
        <source>No service strategy written for this tier yet.</source>
        <translation>该分层尚未填写服务策略。</translation>
    </message>
    <message>
        <source>Visit every {days} days (instead of the segment&apos;s frequency)</source>
        <translation>每 {days} 天拜访一次（代替区域类型的频次）</translation>
    </message>
    <message>
        <source>Visit as often as the shop&apos;s segment says</source>
        <translation>按所属区域类型的频次拜访</translation>
    </message>
    <message>
        <source>Invited to salons</source>
        <translation>邀请参加沙龙</translation>
    </message>
    <message>
        <source>Not invited to salons</source>
        <translation>不邀请参加沙龙</translation>
    </message>
</context>
<context>
    <name>CareRemindersGroup</name>
    <message>
        <source>Care reminders</source>
        <translation>关怀提醒</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Comes up (days before)</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <source>A reminder at each of these days before the expiry, e.g. 60, 30, 7</source>
        <translation>到期前在这些天各提醒一次，如 60, 30, 7</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Tray notice at start and at 9:00 of what is due today</source>
        <translation>启动时和每天 9:00 在托盘提示今日到期的提醒</translation>
    </message>
    <message>
        <source>Save care reminders</source>
        <translation>保存关怀提醒设置</translation>
    </message>
    <message>
        <source>Festivals cared for:</source>
        <translation>关怀的节日：</translation>
    </message>
    <message>
        <source>Write the licence stages as days before the expiry, e.g. 60, 30, 7 (each at most 366).</source>
        <translation>许可证提醒写成到期前的天数，如 60, 30, 7（每个最多 366）。</translation>
    </message>
    <message>
        <source>Saved. The 今日 page follows at once.</source>
        <translation>已保存，今日页立即按新设置显示。</translation>
    </message>
</context>
<context>
    <name>CareTab</name>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Next birthdays</source>
        <translation>下次生日</translation>
    </message>
    <message>
        <source>Family birthdays</source>
        <translation>家人生日</translation>
    </message>
    <message>
        <source>Reminders, next {n} days</source>
        <translation>未来{n}天的提醒</translation>
    </message>
    <message>
        <source>New reminder…</source>
        <translation>新建提醒…</translation>
    </message>
    <message>
        <source>A one-off reminder on this shop, such as bringing the latest magazine</source>
        <translation>给这户加一条一次性提醒，比如带最新一期杂志</translation>
    </message>
    <message>
        <source>Reminder history</source>
        <translation>提醒记录</translation>
    </message>
    <message>
        <source>{month}/{day} (solar)</source>
        <translation>公历{month}月{day}日</translation>
    </message>
    <message>
        <source>No birthday noted yet: the owner&apos;s goes in the form above, the family&apos;s here.</source>
        <translation>还没有记生日：店主的填在上面的档案里，家人的在这里添加。</translation>
    </message>
    <message>
        <source>Nothing due for this shop in the next {n} days.</source>
        <translation>这户未来{n}天没有到期的提醒。</translation>
    </message>
    <message>
        <source>The family birthdays were not saved</source>
        <translation>家人生日没有保存</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Code</source>
        <translation>卷烟编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>卷烟名称</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>价类</translation>
    </message>
    <message>
        <source>Wholesale ¥/carton</source>
        <translation>批发价（元/条）</translation>
    </message>
    <message>
        <source>Retail ¥/carton</source>
        <translation>零售指导价（元/条）</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>生产厂家</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新品</translation>
    </message>
    <message>
        <source>Scarce</source>
        <translation>紧俏</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>卷烟规格</translation>
    </message>
    <message>
        <source>Search code, name or manufacturer (Ctrl+F)</source>
        <translation>搜索编码、名称或生产厂家（Ctrl+F）</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部价类</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已停售</translation>
    </message>
    <message>
        <source>New product spec</source>
        <translation>新建规格</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新品</translation>
    </message>
    <message>
        <source>No matching products</source>
        <translation>没有匹配的卷烟规格</translation>
    </message>
    <message>
        <source>No product selected</source>
        <translation>未选择卷烟规格</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the product (Ctrl+S)</source>
        <translation>保存卷烟规格 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} products</source>
        <translation>显示 {shown} / 共 {total} 个规格</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>The product {name} has changes that are not saved. Discard them?</source>
        <translation>卷烟规格 {name} 有未保存的修改，要放弃吗？</translation>
    </message>
    <message>
        <source>Product {name}</source>
        <translation>规格 {name}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>A -wal file beside the workspace did not belong to it and was not folded in: it was set aside as {name}. The workspace opened as its file holds it.</source>
        <translation>工作区旁边的 -wal 文件不属于这个工作区，没有并入：已把它改名为 {name} 放在一旁。工作区按文件里保存的内容打开。</translation>
    </message>
    <message>
        <source>Not a database URL: {url}</source>
        <translation>不是数据库地址：{url}</translation>
    </message>
    <message>
        <source>{name} databases are not supported yet; Fieldbook works on SQLite only (a file with --db PATH or a sqlite:/// URL).</source>
        <translation>暂不支持 {name} 数据库；Fieldbook 目前只能使用 SQLite（用 --db PATH 指定文件，或 sqlite:/// 地址）。</translation>
    </message>
    <message>
        <source>Demo workspace built at {path}: {customers} customers, {products} products, {lines} order lines, {visits} visits, {reminders} reminders, {events} events.</source>
        <translation>演示工作区已生成：{path}，客户 {customers} 户，卷烟规格 {products} 个，订单明细 {lines} 行，拜访 {visits} 次，提醒 {reminders} 条，活动 {events} 场。</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was created.</source>
        <translation>{path} 已存在;未新建任何文件。</translation>
    </message>
    <message>
        <source>New workspace created at {path}.</source>
        <translation>已在 {path} 新建工作簿。</translation>
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
        <source>Warning: the workspace is in a risky place ({risk}); SQLite&apos;s journal is unsafe there, keep it on a local disk.</source>
        <translation>警告:工作簿所在位置有风险({risk}),SQLite 的日志在那里不安全,请放在本机磁盘上。</translation>
    </message>
    <message>
        <source>Cannot read the file: {detail}</source>
        <translation>无法读取该文件:{detail}</translation>
    </message>
    <message>
        <source>This is a database, but not a Fieldbook workspace.</source>
        <translation>这是一个数据库,但不是客户经理工作台的工作簿。</translation>
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
        <source>Written by a newer version of Fieldbook (schema {rev}); please update Fieldbook to use it.</source>
        <translation>由更新版本的客户经理工作台写入(结构版本 {rev});请升级后再使用。</translation>
    </message>
    <message>
        <source>Healthy.</source>
        <translation>状态良好。</translation>
    </message>
    <message>
        <source>NOT healthy: damaged.</source>
        <translation>不健康:文件已损坏。</translation>
    </message>
    <message>
        <source>… and {more} more rows with problems.</source>
        <translation>……另有 {more} 行有问题。</translation>
    </message>
    <message>
        <source>Rows with problems: {rows}; nothing was imported.</source>
        <translation>有问题的行：{rows} 行；未导入任何数据。</translation>
    </message>
    <message>
        <source>Unknown encoding {name}; use auto, utf-8, gb18030, big5 or utf-16.</source>
        <translation>未知的编码 {name}；请使用 auto、utf-8、gb18030、big5 或 utf-16。</translation>
    </message>
    <message>
        <source>Skipped {rows} rows with problems; the list of them could not be written: {detail}</source>
        <translation>已跳过 {rows} 行有错误的数据；无法写出它们的清单：{detail}</translation>
    </message>
    <message>
        <source>Skipped {rows} rows with problems. The folder of {file} cannot be written, so they are listed in {path}.</source>
        <translation>已跳过 {rows} 行有错误的数据。{file} 所在的文件夹无法写入，因此清单写在 {path}。</translation>
    </message>
    <message>
        <source>Skipped {rows} rows with problems; they are listed in {path}.</source>
        <translation>已跳过 {rows} 行有错误的数据；清单见 {path}。</translation>
    </message>
    <message>
        <source>Rows with problems, to be skipped: {rows}.</source>
        <translation>有错误、将被跳过的行：{rows}。</translation>
    </message>
    <message>
        <source>Dry run of {file}, nothing written: {created} would be created, {updated} updated, {unchanged} unchanged.</source>
        <translation>试运行 {file}，未写入任何数据：将新增 {created} 户，更新 {updated} 户，{unchanged} 户无变化。</translation>
    </message>
    <message>
        <source>Dry run of {file}, nothing written: {created} products would be created, {updated} updated, {unchanged} unchanged.</source>
        <translation>试运行 {file}，未写入任何数据：将新增 {created} 个卷烟规格，更新 {updated} 个，{unchanged} 个无变化。</translation>
    </message>
    <message>
        <source>Imported {file}: {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入 {file}：新增 {created} 户，更新 {updated} 户，{unchanged} 户无变化。</translation>
    </message>
    <message>
        <source>Imported {file}: {created} products created, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入 {file}：新增 {created} 个卷烟规格，更新 {updated} 个，{unchanged} 个无变化。</translation>
    </message>
    <message>
        <source>Customers not in the workspace: {customers}; products not in the workspace: {products}; nothing was imported. Add them (the import dialog can create them) and import again.</source>
        <translation>工作区中没有的客户：{customers} 户；没有的卷烟规格：{products} 个；未导入任何数据。请先添加（导入对话框可以创建它们）后再导入。</translation>
    </message>
    <message>
        <source>{file} was already imported on {date} as batch {batch}; nothing was added.</source>
        <translation>{file} 已于 {date} 导入（批次 {batch}）；未增加任何数据。</translation>
    </message>
    <message>
        <source>Dry run of {file}, nothing written: {added} order lines would be added, {present} are already present; months {months}; {cartons} cartons, {amount} yuan.</source>
        <translation>试运行 {file}，未写入任何数据：将新增订单明细 {added} 行，{present} 行已存在；月份 {months}；{cartons} 条，{amount} 元。</translation>
    </message>
    <message>
        <source>Nothing to import from {file}: all {present} lines are already present.</source>
        <translation>{file} 没有需要导入的内容：全部 {present} 行已存在。</translation>
    </message>
    <message>
        <source>Imported {file} as batch {batch}: {added} order lines added, {present} already present; months {months}; {cartons} cartons, {amount} yuan.</source>
        <translation>已导入 {file}（批次 {batch}）：新增订单明细 {added} 行，{present} 行已存在；月份 {months}；{cartons} 条，{amount} 元。</translation>
    </message>
    <message>
        <source>Undid batch {batch} ({file}): {lines} order lines deleted ({months}).</source>
        <translation>已撤销批次 {batch}（{file}）：已删除 {lines} 行订单明细（{months}）。</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>尚未导入任何数据。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>There is no festival {festival}; the festivals are: {known}.</source>
        <translation>没有节日“{festival}”；现有节日：{known}。</translation>
    </message>
    <message>
        <source>There is no visit plan for {date}.</source>
        <translation>{date} 没有拜访计划。</translation>
    </message>
    <message>
        <source>There is no visit number {id}.</source>
        <translation>没有编号为 {id} 的拜访。</translation>
    </message>
    <message>
        <source>There are no done visits on {date}.</source>
        <translation>{date} 没有已完成的拜访。</translation>
    </message>
    <message>
        <source>There are no done visits from {first} to {last}.</source>
        <translation>{first} 至 {last} 没有已完成的拜访。</translation>
    </message>
    <message>
        <source>There are no orders in {month}.</source>
        <translation>{month} 没有订单数据。</translation>
    </message>
    <message>
        <source>There is no customer with the license number {license}.</source>
        <translation>没有许可证号为 {license} 的客户。</translation>
    </message>
    <message>
        <source>Unknown command {name}.</source>
        <translation>未知命令 {name}。</translation>
    </message>
    <message>
        <source>details in {path}</source>
        <translation>详情见 {path}</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <source>before an undo</source>
        <translation>撤销导入之前</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>升级之前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>before a recompute</source>
        <translation>重新计算之前</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>at close</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <source>damaged file</source>
        <translation>损坏的文件</translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation>{n} 个客户</translation>
    </message>
    <message>
        <source>{n} order lines</source>
        <translation>{n} 条订单明细</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <source>operation failed</source>
        <translation>操作未完成</translation>
    </message>
    <message>
        <source>restore works on a workspace file: pass --db PATH</source>
        <translation>restore 只能用于工作区文件：请用 --db PATH 指定</translation>
    </message>
    <message>
        <source>There are no backups of {path} in {folder} yet.</source>
        <translation>{folder} 中还没有 {path} 的备份。</translation>
    </message>
    <message>
        <source>{count} backups of {path} in {folder}, {size} in all, newest first:</source>
        <translation>{folder} 中有 {path} 的 {count} 个备份，共 {size}，最新的在前：</translation>
    </message>
    <message>
        <source>The workspace {path} is open in a Fieldbook window; close it first, then restore.</source>
        <translation>工作区 {path} 正在 Fieldbook 窗口中打开；请先关闭窗口再恢复。</translation>
    </message>
    <message>
        <source>There is no backup named {name}; main.py restore --list shows them.</source>
        <translation>没有名为 {name} 的备份；用 main.py restore --list 查看全部备份。</translation>
    </message>
    <message>
        <source>There is no verified backup of {path}; nothing was changed.</source>
        <translation>{path} 没有已校验的备份；未做任何更改。</translation>
    </message>
    <message>
        <source>The backup {name} cannot be used ({detail}); nothing was changed.</source>
        <translation>备份 {name} 无法使用（{detail}）；未做任何更改。</translation>
    </message>
    <message>
        <source>Restored {path} from {name} ({time}, {kind}): {customers} customers, {lines} order lines.</source>
        <translation>已用 {name}（{time}，{kind}）恢复 {path}：{customers} 个客户，{lines} 条订单明细。</translation>
    </message>
    <message>
        <source>There was no workspace file to replace.</source>
        <translation>原来没有工作区文件，无需替换。</translation>
    </message>
    <message>
        <source>The replaced file was kept as {name}; to undo the restore: main.py restore --backup {name}</source>
        <translation>被替换的文件已保存为 {name}；撤销这次恢复：main.py restore --backup {name}</translation>
    </message>
    <message>
        <source>Backup verified: {path}, {size}, {customers} customers, {lines} order lines.</source>
        <translation>备份已校验：{path}，{size}，{customers} 个客户，{lines} 条订单明细。</translation>
    </message>
    <message>
        <source>{text} is not a month; write it as YYYY-MM, for example 2026-10.</source>
        <translation>{text} 不是月份，请写成 YYYY-MM，例如 2026-10。</translation>
    </message>
    <message>
        <source>grade {n}</source>
        <translation>{n} 档</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>value tier</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Value tiers</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>{what}: up {up}, down {down}, unchanged {same}, new {new}</source>
        <translation>{what}：上升 {up}，下降 {down}，不变 {same}，新增 {new}</translation>
    </message>
    <message>
        <source>up</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>down</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>Kept as set by hand (pinned): {n}</source>
        <translation>保留手动设定（固定）：{n} 户</translation>
    </message>
    <message>
        <source>No shop moves.</source>
        <translation>没有客户变动。</translation>
    </message>
    <message>
        <source>Shops that move: {n}</source>
        <translation>变动的客户：{n} 户</translation>
    </message>
    <message>
        <source>Recompute of {month} (dry run: nothing was written)</source>
        <translation>{month} 重新计算（试算：未写入任何数据）</translation>
    </message>
    <message>
        <source>Recompute of {month} applied as recompute no. {id} ({n} assignments); the 分层分级 page can undo it.</source>
        <translation>{month} 重新计算已应用，为第 {id} 次重算（{n} 条记录）；可在“分层分级”页撤销。</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>{text} is not a number of days; write a whole number from {least} to 3660.</source>
        <translation>{text} 不是天数；请写 {least} 到 3660 之间的整数。</translation>
    </message>
    <message>
        <source>{text} is not a kind of reminder; use one of {kinds}.</source>
        <translation>{text} 不是提醒类别；请用以下之一：{kinds}。</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD, for example 2026-12-06.</source>
        <translation>{text} 不是日期；请写成 YYYY-MM-DD，例如 2026-12-06。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder does not exist or it is a folder.</source>
        <translation>无法写入 {path}：文件夹不存在，或这是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>{n} events from {start} to {end} written to {path}.</source>
        <translation>已把 {start} 至 {end} 的 {n} 个事件写入 {path}。</translation>
    </message>
    <message>
        <source>{text} is not {what}; write a whole number from {least} to {most}.</source>
        <translation>{text} 不是{what}；请写 {least} 到 {most} 之间的整数。</translation>
    </message>
    <message>
        <source>an event number</source>
        <translation>活动编号</translation>
    </message>
    <message>
        <source>a number of rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>--out writes a month&apos;s forecast; the backtest only prints its lines.</source>
        <translation>--out 用于写出某月的预测；回测只打印结果行。</translation>
    </message>
    <message>
        <source>a number of months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Name the month to forecast with --month YYYY-MM, or run forecast backtest.</source>
        <translation>请用 --month YYYY-MM 指定要预测的月份，或运行 forecast backtest。</translation>
    </message>
    <message>
        <source>Wrote the demand book of {month} to {path}: {rows} rows (shop × product).</source>
        <translation>已将 {month} 的需求采集本写入 {path}：共 {rows} 行（客户×品规）。</translation>
    </message>
</context>
<context>
    <name>CopyPlanDialog</name>
    <message>
        <source>Copy plan</source>
        <translation>复制计划</translation>
    </message>
    <message>
        <source>Copy the plan of {date} to:</source>
        <translation>把 {date} 的拜访计划复制到：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>CultivationPage</name>
    <message>
        <source>Brand cultivation</source>
        <translation>品牌培育</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <source>Start a cultivation plan for a product (Ctrl+N)</source>
        <translation>为一个品规新建培育计划（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit plan and shops</source>
        <translation>编辑计划与客户</translation>
    </message>
    <message>
        <source>Close plan</source>
        <translation>结束计划</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>打印报告…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No cultivation plan yet: press New plan to start one.</source>
        <translation>还没有培育计划：点击“新建计划”开始。</translation>
    </message>
    <message>
        <source>Target shops</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <source>Choose a plan above to see its shops.</source>
        <translation>在上方选择一个计划以查看其客户。</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <source>{open} open, {closed} closed. A shop&apos;s stage moves with its orders and the stock counted on visits: 推荐 → 上柜 (first order) → 动销 (sells through) → 复购 (orders again) → 稳定.</source>
        <translation>进行中 {open} 个，已结束 {closed} 个。客户所处阶段随订单和拜访盘点的库存自动推进：推荐 → 上柜（首次订货）→ 动销（卖得动）→ 复购（再次订货）→ 稳定。</translation>
    </message>
    <message>
        <source>Target shops of {product}</source>
        <translation>{product}的目标客户</translation>
    </message>
    <message>
        <source>{stages}. Reorder rate {rate} ({reordered} of {listed} listed shops ordered again on a later day).</source>
        <translation>{stages}。复购率 {rate}（已上柜的 {listed} 户中有 {reordered} 户在之后另一天再次订货）。</translation>
    </message>
    <message>
        <source>{month}: {n} cartons</source>
        <translation>{month}：{n} 条</translation>
    </message>
    <message>
        <source> of {target} a month</source>
        <translation>（目标每月 {target} 条）</translation>
    </message>
    <message>
        <source>{n} shops listing it</source>
        <translation>已上柜 {n} 户</translation>
    </message>
    <message>
        <source> of {target}</source>
        <translation>（目标 {target} 户）</translation>
    </message>
    <message>
        <source>Volume of the last complete month, {volume}; {listed}; {total} cartons since the start.</source>
        <translation>最近一个完整月销量 {volume}；{listed}；计划开始以来累计 {total} 条。</translation>
    </message>
    <message>
        <source>Reopen plan</source>
        <translation>重新开启计划</translation>
    </message>
    <message>
        <source>Cultivation report</source>
        <translation>品牌培育报告</translation>
    </message>
    <message>
        <source>Leaving the plan</source>
        <translation>离开培育计划</translation>
    </message>
    <message>
        <source>Cultivation plan of {product}</source>
        <translation>{product}的培育计划</translation>
    </message>
</context>
<context>
    <name>CultivationTables</name>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>上柜</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>动销</translation>
    </message>
    <message>
        <source>Reordered</source>
        <translation>复购</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>稳定</translation>
    </message>
    <message>
        <source>{n} shops</source>
        <translation>{n} 户</translation>
    </message>
    <message>
        <source>{n} cartons a month</source>
        <translation>每月 {n} 条</translation>
    </message>
    <message>
        <source>by {day}</source>
        <translation>{day} 前</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>卷烟</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>目标户数</translation>
    </message>
    <message>
        <source>Reorder rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月条数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>上柜日期</translation>
    </message>
    <message>
        <source>Moving since</source>
        <translation>动销日期</translation>
    </message>
    <message>
        <source>Reordered on</source>
        <translation>复购日期</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>末次订货</translation>
    </message>
    <message>
        <source>Cartons</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>加入方式</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动加入</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>按匹配推荐</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <source>Its class in the mix</source>
        <translation>同价类占比</translation>
    </message>
    <message>
        <source>Carton value vs price</source>
        <translation>条均值与批发价之差</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>on the plan</source>
        <translation>已在计划中</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>手动加入</translation>
    </message>
    <message>
        <source>proposed by fit</source>
        <translation>按匹配推荐</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Shops with a value</source>
        <translation>有值的客户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Custom fields (自定义字段)</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>New field…</source>
        <translation>新增字段…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Archived fields leave the dossier and the imports; their values are kept.</source>
        <translation>归档的字段不再出现在档案和导入中，已有的数值保留。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>已保存“{name}”。</translation>
    </message>
    <message>
        <source>{name} is archived.</source>
        <translation>“{name}”已归档。</translation>
    </message>
    <message>
        <source>{name} is in use again.</source>
        <translation>“{name}”已恢复使用。</translation>
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
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>a number, e.g. 1234.5</source>
        <translation>填数字，如 1234.5</translation>
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
    <name>CustomerTab</name>
    <message>
        <source>The previous save is still running. Wait a moment and try again: your edits are kept.</source>
        <translation>上一次保存仍在进行。请稍候再试：您的修改仍保留着。</translation>
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
        <source>No matching customers</source>
        <translation>没有匹配的客户</translation>
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
        <source>search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>route</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>star</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>value tier</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The list&apos;s filter hid {name}, so this was cleared: {filters}.</source>
        <translation>列表的筛选条件隐藏了{name}，已清除：{filters}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Dossier of {name}</source>
        <translation>{name}的客户档案</translation>
    </message>
    <message>
        <source>{name}: {work}</source>
        <translation>{name}：{work}</translation>
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
    <name>DamagedWorkspaceDialog</name>
    <message>
        <source>Workspace damaged</source>
        <translation>工作区已损坏</translation>
    </message>
    <message>
        <source>The workspace {path} is damaged ({detail}). So that nothing writes into it, it was set aside as {copy}; that copy is kept, not deleted.</source>
        <translation>工作区 {path} 已损坏（{detail}）。为了不再写入它，已把它改名为 {copy} 放在一旁；这个文件会保留，不会删除。</translation>
    </message>
    <message>
        <source>The newest verified backup is of {time} ({kind}): {customers} customers, {lines} order lines.</source>
        <translation>最新的已验证备份是 {time}（{kind}）的：{customers} 个客户，{lines} 条订单行。</translation>
    </message>
    <message>
        <source>There is no verified backup of this workspace.</source>
        <translation>这个工作区没有已验证的备份。</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>选择其它备份…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>DaySummaryView</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>前一天（Alt+←）</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>后一天（Alt+→）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Print the day&apos;s summary</source>
        <translation>打印当日拜访总结</translation>
    </message>
    <message>
        <source>Print the week&apos;s summary</source>
        <translation>打印本周拜访总结</translation>
    </message>
    <message>
        <source>Missed (not recorded)</source>
        <translation>未拜访（未记录）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Owner note</source>
        <translation>店主备注</translation>
    </message>
    <message>
        <source>What the day showed: visits, problems, market information, what to do next (Ctrl+S saves)</source>
        <translation>今日情况：拜访、发现的问题、市场信息、下一步工作（Ctrl+S 保存）</translation>
    </message>
    <message>
        <source>Write from the day</source>
        <translation>根据当日生成</translation>
    </message>
    <message>
        <source>Start the summary from the day&apos;s figures, problems and follow-ups</source>
        <translation>根据当日的拜访数、问题和跟进事项起草总结</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>保存总结</translation>
    </message>
    <message>
        <source>Summary of the day</source>
        <translation>日常分析与拜访总结</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Follow-ups created</source>
        <translation>新增跟进事项</translation>
    </message>
    <message>
        <source>Day summary not saved</source>
        <translation>当日总结未保存</translation>
    </message>
    <message>
        <source>The summary of {day} is not saved. Save it?</source>
        <translation>{day} 的总结尚未保存。要保存吗？</translation>
    </message>
    <message>
        <source>Day summary of {day}</source>
        <translation>{day}的拜访总结</translation>
    </message>
    <message>
        <source>Planned {n}</source>
        <translation>计划 {n} 户</translation>
    </message>
    <message>
        <source>Done {n}</source>
        <translation>已拜访 {n} 户</translation>
    </message>
    <message>
        <source>Missed {n}</source>
        <translation>未拜访 {n} 户</translation>
    </message>
    <message>
        <source>Still to do {n}</source>
        <translation>待拜访 {n} 户</translation>
    </message>
    <message>
        <source>By phone {n}</source>
        <translation>电话 {n} 户</translation>
    </message>
    <message>
        <source>Follow-ups {n}</source>
        <translation>跟进事项 {n} 项</translation>
    </message>
    <message>
        <source>No day plan for this day yet; saving the summary creates one.</source>
        <translation>这一天还没有拜访计划；保存总结时会自动建立。</translation>
    </message>
    <message>
        <source>Planned {planned} visits, done {done}, missed {missed}, by phone {phone}.</source>
        <translation>今日计划拜访 {planned} 户，完成 {done} 户，未拜访 {missed} 户，其中电话拜访 {phone} 户。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{customer} {problem}</source>
        <translation>{customer}{problem}</translation>
    </message>
    <message>
        <source>{customer} {problem}: {text}</source>
        <translation>{customer}{problem}：{text}</translation>
    </message>
    <message>
        <source>Found: {items}.</source>
        <translation>发现问题：{items}。</translation>
    </message>
    <message>
        <source>Follow-ups: {items}.</source>
        <translation>跟进事项：{items}。</translation>
    </message>
    <message>
        <source>{customer} {text}</source>
        <translation>{customer}：{text}</translation>
    </message>
    <message>
        <source>Summary of {day} saved.</source>
        <translation>{day} 的总结已保存。</translation>
    </message>
    <message>
        <source>Summary not saved</source>
        <translation>总结未保存</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>拜访总结</translation>
    </message>
</context>
<context>
    <name>DayTab</name>
    <message>
        <source>Attended</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>Seated with:</source>
        <translation>同桌：</translation>
    </message>
    <message>
        <source>e.g. table 2, beside 张伟便利店</source>
        <translation>如：2 号桌，挨着张伟便利店</translation>
    </message>
    <message>
        <source>Save seating</source>
        <translation>保存座位</translation>
    </message>
    <message>
        <source>Walk-in:</source>
        <translation>现场加入：</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>添加现场加入</translation>
    </message>
    <message>
        <source>A shop that came without an invitation; one on the list is ticked as attended instead</source>
        <translation>未受邀而来的客户；已在名单上的则直接记为到场</translation>
    </message>
    <message>
        <source>New shop…</source>
        <translation>新客户…</translation>
    </message>
    <message>
        <source>A walk-in not on file yet: add it to the customers and tick it as attended</source>
        <translation>尚未建档的现场加入客户：添加到客户档案并记为到场</translation>
    </message>
    <message>
        <source>The event is in {n} days: attendance is ticked from its day on. </source>
        <translation>活动还有 {n} 天：到场情况从活动当天起勾选。</translation>
    </message>
    <message>
        <source>{ticked} of {n} ticked · {attended} attended, {walk_ins} of them walk-ins.</source>
        <translation>已勾选 {ticked}/{n} · 到场 {attended} 户，其中现场加入 {walk_ins} 户。</translation>
    </message>
    <message>
        <source>{n} ticked as attended.</source>
        <translation>{n} 户记为到场。</translation>
    </message>
    <message>
        <source>{n} ticked as not come.</source>
        <translation>{n} 户记为未到场。</translation>
    </message>
    <message>
        <source>Choose the walk-in&apos;s shop from the list first.</source>
        <translation>请先从列表中选出现场加入的客户。</translation>
    </message>
    <message>
        <source>{shop} added as attended.</source>
        <translation>已添加{shop}，记为到场。</translation>
    </message>
    <message>
        <source>{shop} added to the customers and as attended.</source>
        <translation>已将{shop}添加到客户档案并记为到场。</translation>
    </message>
    <message>
        <source>Seating of {shop} saved.</source>
        <translation>已保存{shop}的座位。</translation>
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
    <name>DemandBookExport</name>
    <message>
        <source>Demand book {month}.xlsx</source>
        <translation>需求采集本 {month}.xlsx</translation>
    </message>
    <message>
        <source>Export the demand book</source>
        <translation>导出需求采集本</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>DoNotInviteDialog</name>
    <message>
        <source>Do-not-invite list</source>
        <translation>不邀约名单</translation>
    </message>
    <message>
        <source>These shops are never put on a target list, whatever the criteria. Putting a shop here also takes it off the lists of coming events where it is not invited yet.</source>
        <translation>无论筛选条件如何，这些客户都不会进入目标名单。加入此名单的客户，也会从尚未邀约的即将举行活动名单中移除。</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why (e.g. asked not to be invited)</source>
        <translation>原因（如：本人要求不再邀约）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <source>Choose a shop from the list first.</source>
        <translation>请先从列表中选择客户。</translation>
    </message>
    <message>
        <source>{shop} will not be invited.</source>
        <translation>{shop}将不再被邀约。</translation>
    </message>
    <message>
        <source>{n} shops can be invited again.</source>
        <translation>{n} 户可以重新邀约。</translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
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
        <source>A demo territory has between 1 and {max} customers.</source>
        <translation>演示片区的客户数须在 1 到 {max} 之间。</translation>
    </message>
    <message>
        <source>A demo history covers between 1 and {max} months.</source>
        <translation>演示历史须在 1 到 {max} 个月之间。</translation>
    </message>
    <message>
        <source>The draft cannot be read: {detail}</source>
        <translation>无法读取草稿：{detail}</translation>
    </message>
    <message>
        <source>{what} {key} was not found.</source>
        <translation>找不到{what} {key}。</translation>
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
        <source>{name} is an old-style Excel file (.xls); save it as an Excel workbook (.xlsx) or as CSV and try again.</source>
        <translation>{name} 是旧版 Excel 文件（.xls）；请另存为 Excel 工作簿（.xlsx）或 CSV 后重试。</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>找不到文件 {path}。</translation>
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
        <source>Rows with problems: {rows}; nothing was imported.</source>
        <translation>有问题的行：{rows} 行；未导入任何数据。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>Customers not in the workspace: {customers}; products not in the workspace: {products}; nothing was imported.</source>
        <translation>工作区中没有的客户：{customers} 户；没有的卷烟规格：{products} 个；未导入任何数据。</translation>
    </message>
    <message>
        <source>There is no import batch {batch}.</source>
        <translation>没有编号为 {batch} 的导入批次。</translation>
    </message>
    <message>
        <source>Import batch {batch} has already been undone.</source>
        <translation>导入批次 {batch} 已经撤销过了。</translation>
    </message>
    <message>
        <source>Import batch {batch} brought in customers; only order imports can be undone. Correct the customers by hand or import a corrected file.</source>
        <translation>导入批次 {batch} 导入的是客户；只有订单导入可以撤销。请手工修改客户，或导入修正后的文件。</translation>
    </message>
    <message>
        <source>Import batch {batch} brought in products; only order imports can be undone. Correct the products by hand or import a corrected file.</source>
        <translation>导入批次 {batch} 导入的是卷烟规格；只有订单导入可以撤销。请手工修改卷烟规格，或导入修正后的文件。</translation>
    </message>
    <message>
        <source>Import batch {batch} is not an order import and cannot be undone.</source>
        <translation>导入批次 {batch} 不是订单导入，不能撤销。</translation>
    </message>
    <message>
        <source>“{value}” is not a price class; use 一类 to 五类 or 1 to 5.</source>
        <translation>“{value}”不是价类；请填写一类至五类或 1 至 5。</translation>
    </message>
    <message>
        <source>A price cannot be negative ({value}).</source>
        <translation>价格不能为负数（{value}）。</translation>
    </message>
    <message>
        <source>{value} yuan per carton is more than any cigarette costs; check the column.</source>
        <translation>每条 {value} 元高于任何卷烟的价格，请检查该列。</translation>
    </message>
    <message>
        <source>Packs per carton must be between 1 and {max}.</source>
        <translation>条包数必须在 1 到 {max} 之间。</translation>
    </message>
    <message>
        <source>Tar must be between 0 and {max} mg.</source>
        <translation>焦油量必须在 0 到 {max} 毫克之间。</translation>
    </message>
    <message>
        <source>“{value}” is negative; returns and corrections are not imported, only deliveries.</source>
        <translation>“{value}”为负数；退货和冲减不导入，只导入供货。</translation>
    </message>
    <message>
        <source>The order date is required.</source>
        <translation>订单日期为必填项。</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number of cartons.</source>
        <translation>“{value}”不是整数条数。</translation>
    </message>
    <message>
        <source>The line names no customer: the license number is empty.</source>
        <translation>该行没有客户：专卖许可证号为空。</translation>
    </message>
    <message>
        <source>The line names no customer: the license number and customer code are empty.</source>
        <translation>该行没有客户：专卖许可证号和客户编码均为空。</translation>
    </message>
    <message>
        <source>The line names no customer: the customer code is empty.</source>
        <translation>该行没有客户：客户编码为空。</translation>
    </message>
    <message>
        <source>The line names no product: the product code is empty.</source>
        <translation>该行没有卷烟规格：卷烟编码为空。</translation>
    </message>
    <message>
        <source>The line names no product: the product code and name are empty.</source>
        <translation>该行没有卷烟规格：卷烟编码和名称均为空。</translation>
    </message>
    <message>
        <source>The line names no product: the product name is empty.</source>
        <translation>该行没有卷烟规格：卷烟名称为空。</translation>
    </message>
    <message>
        <source>The supplied quantity is required.</source>
        <translation>订足量为必填项。</translation>
    </message>
    <message>
        <source>{supplied} cartons supplied is more than the {requested} requested.</source>
        <translation>订足量 {supplied} 条多于需求量 {requested} 条。</translation>
    </message>
    <message>
        <source>The amount {amount} does not match {supplied} cartons × {price} = {expected}.</source>
        <translation>金额 {amount} 与 {supplied} 条 × {price} = {expected} 不符。</translation>
    </message>
    <message>
        <source>Unit mismatch: {price} yuan a carton is about 50 times the catalogue&apos;s {catalogue}; the quantity is probably in cases (件, 1 件 = 50 条). Give cartons, or head the quantity column 件.</source>
        <translation>单位不符：每条 {price} 元，约为目录批发价 {catalogue} 元的 50 倍，数量可能是按件计的（1 件 = 50 条）。请填条数，或把数量列的表头写成“件”。</translation>
    </message>
    <message>
        <source>Customer code {code} belongs to more than one customer; use the license number.</source>
        <translation>客户编码 {code} 对应多个客户；请使用专卖许可证号。</translation>
    </message>
    <message>
        <source>More than one product is called {name}; use the product code.</source>
        <translation>有多个卷烟规格名为 {name}；请使用卷烟编码。</translation>
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
        <source>“{value}” has more than {places} decimal places.</source>
        <translation>“{value}”的小数超过 {places} 位。</translation>
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
        <source>The product code is required.</source>
        <translation>卷烟编码为必填项。</translation>
    </message>
    <message>
        <source>A product code is 2 to 32 letters or digits.</source>
        <translation>卷烟编码为 2 到 32 位字母或数字。</translation>
    </message>
    <message>
        <source>The product name is required.</source>
        <translation>卷烟名称为必填项。</translation>
    </message>
    <message>
        <source>The wholesale price per carton must be above 0 and at most 20,000 yuan.</source>
        <translation>每条批发价须大于 0 元且不超过 20,000 元。</translation>
    </message>
    <message>
        <source>The retail price per carton must be above 0 and at most 20,000 yuan.</source>
        <translation>每条零售指导价须大于 0 元且不超过 20,000 元。</translation>
    </message>
    <message>
        <source>The suggested retail price is below the wholesale price.</source>
        <translation>零售指导价低于批发价。</translation>
    </message>
    <message>
        <source>Packs per carton must be between 1 and 50.</source>
        <translation>每条包数须在 1 到 50 之间。</translation>
    </message>
    <message>
        <source>Tar must be between 0 and 30 mg.</source>
        <translation>焦油量须在 0 到 30 毫克之间。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>License number {license_no} is also on line {other}.</source>
        <translation>专卖许可证号 {license_no} 与第 {other} 行重复。</translation>
    </message>
    <message>
        <source>This customer has visits, orders or invitations; archive it instead of deleting it.</source>
        <translation>该客户已有拜访、订单或活动邀约记录，不能删除，请改为归档。</translation>
    </message>
    <message>
        <source>License number {license_no} already belongs to {name}.</source>
        <translation>许可证号 {license_no} 已属于 {name}。</translation>
    </message>
    <message>
        <source>The demo build was cancelled; nothing was written.</source>
        <translation>已取消生成演示数据，未写入任何内容。</translation>
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
        <source>There is no customer with the license number {license_no}.</source>
        <translation>没有专卖许可证号为 {license_no} 的客户。</translation>
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
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Product code {code} is also on line {other}.</source>
        <translation>卷烟编码 {code} 在第 {other} 行也出现了。</translation>
    </message>
    <message>
        <source>The wholesale price is required for a new product.</source>
        <translation>新卷烟规格必须填写批发价。</translation>
    </message>
    <message>
        <source>A product code has at most 32 characters.</source>
        <translation>卷烟编码最多 32 个字符。</translation>
    </message>
    <message>
        <source>The product name is longer than 120 characters.</source>
        <translation>卷烟名称超过 120 个字符。</translation>
    </message>
    <message>
        <source>The wholesale price must be more than 0.</source>
        <translation>批发价必须大于 0。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>卷烟规格</translation>
    </message>
    <message>
        <source>Product code {code} already belongs to {name}.</source>
        <translation>卷烟编码 {code} 已属于 {name}。</translation>
    </message>
    <message>
        <source>There is no visit plan for {date}.</source>
        <translation>{date} 没有拜访计划。</translation>
    </message>
    <message>
        <source>There are no done visits on {date}.</source>
        <translation>{date} 没有已完成的拜访。</translation>
    </message>
    <message>
        <source>There are no done visits from {first} to {last}.</source>
        <translation>{first} 至 {last} 没有已完成的拜访。</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>The number of grades must be between 2 and {max}.</source>
        <translation>档位数须在 2 到 {max} 之间。</translation>
    </message>
    <message>
        <source>A scheme reads between 1 and 24 months.</source>
        <translation>方案统计的月数须在 1 到 24 之间。</translation>
    </message>
    <message>
        <source>A scheme reads between 1 and 36 months.</source>
        <translation>方案统计的月数须在 1 到 36 之间。</translation>
    </message>
    <message>
        <source>The weights cannot be negative and must add up to more than 0.</source>
        <translation>权重不能为负，且合计须大于 0。</translation>
    </message>
    <message>
        <source>A band table needs at least one row.</source>
        <translation>分数段表至少需要一行。</translation>
    </message>
    <message>
        <source>A new shop&apos;s months are between 0 and the scheme&apos;s months.</source>
        <translation>新店月数须在 0 到方案统计月数之间。</translation>
    </message>
    <message>
        <source>Loyalty points are between 0 and 100.</source>
        <translation>忠诚度分值在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>Each star level from 2 to 5 has at most one threshold.</source>
        <translation>2 到 5 星每个星级至多一个分数线。</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>区域类型需要名称。</translation>
    </message>
    <message>
        <source>There is already a segment called {name}.</source>
        <translation>已有名为“{name}”的区域类型。</translation>
    </message>
    <message>
        <source>Choose another segment to merge into.</source>
        <translation>请选择要并入的另一个区域类型。</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>Choose the custom field the contribution is measured by.</source>
        <translation>请选择衡量贡献的自定义字段。</translation>
    </message>
    <message>
        <source>A custom field needs a name.</source>
        <translation>自定义字段需要名称。</translation>
    </message>
    <message>
        <source>A field name has at most {count} characters.</source>
        <translation>字段名称最多 {count} 个字。</translation>
    </message>
    <message>
        <source>{name} is already a column of the dossier; choose another name.</source>
        <translation>“{name}”已是档案中的栏目，请换一个名称。</translation>
    </message>
    <message>
        <source>There is already a custom field called {name}.</source>
        <translation>已有名为“{name}”的自定义字段。</translation>
    </message>
    <message>
        <source>A unit has at most {count} characters.</source>
        <translation>单位最多 {count} 个字。</translation>
    </message>
    <message>
        <source>Custom field {key} was not found.</source>
        <translation>找不到自定义字段 {key}。</translation>
    </message>
    <message>
        <source>{name} must be a number below a billion billion.</source>
        <translation>“{name}”须是小于 10 的 18 次方的数。</translation>
    </message>
    <message>
        <source>{name} has at most {places} decimal places.</source>
        <translation>“{name}”最多 {places} 位小数。</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>There are no orders in {month}; import that month&apos;s orders first.</source>
        <translation>{month} 没有订单数据，请先导入该月订单。</translation>
    </message>
    <message>
        <source>Only the latest recompute can be undone, and it has been undone already.</source>
        <translation>只能撤销最近一次重算，且它已被撤销。</translation>
    </message>
    <message>
        <source>Say why the shop is set by hand.</source>
        <translation>请说明手动调整的原因。</translation>
    </message>
    <message>
        <source>Unknown value tier {value}.</source>
        <translation>未知的价值分层 {value}。</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重算</translation>
    </message>
    <message>
        <source>The day summary is longer than {max} characters.</source>
        <translation>当日总结超过 {max} 个字。</translation>
    </message>
    <message>
        <source>{name} is archived or suspended and cannot be planned.</source>
        <translation>{name} 已归档或停业，不能加入拜访计划。</translation>
    </message>
    <message>
        <source>{date} already has a plan with {stops} stops.</source>
        <translation>{date} 已有拜访计划（{stops} 户）。</translation>
    </message>
    <message>
        <source>The plan was changed meanwhile; it has been reloaded.</source>
        <translation>计划已被修改，已重新载入。</translation>
    </message>
    <message>
        <source>{name} is marked visited or missed; set it back to planned to remove it.</source>
        <translation>{name} 已标记为已拜访或未拜访；请先恢复为计划再移除。</translation>
    </message>
    <message>
        <source>The visits of {date} cannot be marked before that day.</source>
        <translation>{date} 的拜访要到当天才能标记。</translation>
    </message>
    <message>
        <source>A plan cannot be copied onto its own date.</source>
        <translation>不能把计划复制到同一天。</translation>
    </message>
    <message>
        <source>{date} has no plan to copy.</source>
        <translation>{date} 没有可复制的拜访计划。</translation>
    </message>
    <message>
        <source>Day plan</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>拜访点</translation>
    </message>
    <message>
        <source>This visit belongs to another customer.</source>
        <translation>该拜访记录属于其他客户。</translation>
    </message>
    <message>
        <source>The default margin rate must be between 0% and 100%.</source>
        <translation>默认毛利率必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The number of grades must be between 1 and 60.</source>
        <translation>档位数必须在 1 到 60 之间。</translation>
    </message>
    <message>
        <source>Unknown language {language}.</source>
        <translation>未知的界面语言 {language}。</translation>
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
        <source>The visit cannot end before it starts.</source>
        <translation>拜访结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>The next visit must be after this one.</source>
        <translation>下次拜访日期必须在本次拜访之后。</translation>
    </message>
    <message>
        <source>The number of missing price labels must be between 0 and {max}.</source>
        <translation>缺失价签数应在 0 到 {max} 之间。</translation>
    </message>
    <message>
        <source>A product is counted twice.</source>
        <translation>同一品规盘点了两次。</translation>
    </message>
    <message>
        <source>Quantities must be between 0 and {max} cartons.</source>
        <translation>数量应在 0 到 {max} 条之间。</translation>
    </message>
    <message>
        <source>An entry is longer than {max} characters.</source>
        <translation>有一条记录超过 {max} 个字。</translation>
    </message>
    <message>
        <source>A follow-up cannot be due before the visit: {text}</source>
        <translation>跟进事项的到期日不能早于拜访日期：{text}</translation>
    </message>
    <message>
        <source>The summary is longer than {max} characters.</source>
        <translation>拜访总结超过 {max} 个字。</translation>
    </message>
    <message>
        <source>A visit keeps at most {max} photos.</source>
        <translation>一次拜访最多保存 {max} 张照片。</translation>
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
        <source>A row of the sheet has at least {found} cells; up to {limit} can be read. Delete the empty columns on the right and save it again.</source>
        <translation>工作表有一行至少有 {found} 个单元格；最多可读取 {limit} 个。请删除右侧的空列后重新保存。</translation>
    </message>
    <message>
        <source>Line {line} reads as garbled text in {encoding}. Choose the file&apos;s encoding and import again.</source>
        <translation>第 {line} 行按 {encoding} 读出的是乱码。请选择文件的编码后重新导入。</translation>
    </message>
    <message>
        <source>Line {line} reads as garbled text in {encoding}; the file looks like {likely}. Choose the encoding ({likely}) and import again.</source>
        <translation>第 {line} 行按 {encoding} 读出的是乱码；该文件看起来是 {likely} 编码。请选择编码（{likely}）后重新导入。</translation>
    </message>
    <message>
        <source>The birthday&apos;s year {year} is outside {first} to {last}.</source>
        <translation>生日的年份 {year} 不在 {first} 至 {last} 之间。</translation>
    </message>
    <message>
        <source>The date {value} is outside {first} to {last}.</source>
        <translation>日期 {value} 不在 {first} 至 {last} 之间。</translation>
    </message>
    <message>
        <source>The sheet has at least {found} cells; up to {limit} can be imported. Split it, or save it as CSV.</source>
        <translation>工作表至少有 {found} 个单元格；最多可导入 {limit} 个。请拆分该表，或另存为 CSV。</translation>
    </message>
    <message>
        <source>The sheet has at least {found} rows; up to {limit} can be imported. Split it and import the parts.</source>
        <translation>工作表至少有 {found} 行；最多可导入 {limit} 行。请拆分后分别导入。</translation>
    </message>
    <message>
        <source>The sheet uses column {found}; up to {limit} columns can be read. Delete the empty columns on the right and save it again.</source>
        <translation>工作表用到了第 {found} 列；最多可读取 {limit} 列。请删除右侧的空列后重新保存。</translation>
    </message>
    <message>
        <source>The workbook is protected by a password; open it in Excel or WPS, remove the password, save it and try again.</source>
        <translation>该工作簿设有密码保护；请在 Excel 或 WPS 中打开，取消密码并保存后再试。</translation>
    </message>
    <message>
        <source>The workbook is too large to import ({found}; at most {limit}).</source>
        <translation>该工作簿太大，无法导入（{found}；最多 {limit}）。</translation>
    </message>
    <message>
        <source>The workbook unpacks to {found} times its size, which no real sheet does; it was not opened.</source>
        <translation>该工作簿解压后是原大小的 {found} 倍，正常的表格不会这样；未打开该文件。</translation>
    </message>
    <message>
        <source>The workbook would unpack to at least {found} MB; workbooks up to {limit} MB unpacked can be imported. Save the sheet as CSV, or split it.</source>
        <translation>该工作簿解压后至少有 {found} MB；解压后不超过 {limit} MB 的工作簿才能导入。请另存为 CSV，或拆分该表。</translation>
    </message>
    <message>
        <source>{value} cartons is more than one line can hold (at most {max}).</source>
        <translation>{value} 条超出了一行所能容纳的数量（最多 {max} 条）。</translation>
    </message>
    <message>
        <source>“{value}” is larger than an amount can be (at most {max}).</source>
        <translation>“{value}”超出了金额的上限（最多 {max}）。</translation>
    </message>
    <message>
        <source>“{value}” is too large a number.</source>
        <translation>“{value}”这个数太大了。</translation>
    </message>
    <message>
        <source>A reminder can only be snoozed to a later day than today ({until}).</source>
        <translation>提醒只能推迟到今天以后的日期（{until}）。</translation>
    </message>
    <message>
        <source>The number of days must be between 0 and {most}.</source>
        <translation>天数须在 0 到 {most} 之间。</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and {most}.</source>
        <translation>天数须在 1 到 {most} 之间。</translation>
    </message>
    <message>
        <source>A lead time must be between 0 and 366 days.</source>
        <translation>提前天数须在 0 到 366 之间。</translation>
    </message>
    <message>
        <source>Write what the reminder should say.</source>
        <translation>请写下提醒的内容。</translation>
    </message>
    <message>
        <source>A reminder can be at most {most} characters long.</source>
        <translation>提醒内容最多 {most} 个字。</translation>
    </message>
    <message>
        <source>The date of a new reminder cannot be in the past.</source>
        <translation>新提醒的日期不能早于今天。</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Say whose birthday it is (爱人, 儿子…).</source>
        <translation>请写明是谁的生日（爱人、儿子…）。</translation>
    </message>
    <message>
        <source>This is not a date of the year.</source>
        <translation>这不是一年中的日期。</translation>
    </message>
    <message>
        <source>The greeting names blanks the app does not know: {blanks}. Use {{owner}}, {{shop}}, {{festival}}, {{manager}} or {{date}}.</source>
        <translation>祝福语里有软件不认识的占位符：{blanks}。可用的占位符：{{owner}}、{{shop}}、{{festival}}、{{manager}}、{{date}}。</translation>
    </message>
    <message>
        <source>Attendance can be ticked from the event&apos;s day ({day}).</source>
        <translation>到场情况从活动当天（{day}）起才能勾选。</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Every line of the materials checklist needs an item.</source>
        <translation>物料清单的每一行都要写明物品。</translation>
    </message>
    <message>
        <source>Follow-ups are due 0 to 60 days after the event.</source>
        <translation>回访期限须在活动后 0 到 60 天之间。</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀约</translation>
    </message>
    <message>
        <source>Invite the shop before recording its reply.</source>
        <translation>请先邀约该户，再记录回复。</translation>
    </message>
    <message>
        <source>Only a shop that attended has an outcome; tick its attendance first.</source>
        <translation>只有到场的客户才有促成结果，请先勾选到场。</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>The capacity must be at least 1.</source>
        <translation>容纳人数至少为 1。</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The event needs a theme.</source>
        <translation>请填写活动主题。</translation>
    </message>
    <message>
        <source>The event was on {day}: replies can change only until that day.</source>
        <translation>活动已于 {day} 举行：回复只能在当天及之前修改。</translation>
    </message>
    <message>
        <source>The invitation already has a reply or an attendance; it cannot be taken back.</source>
        <translation>该邀约已有回复或到场记录，不能撤回。</translation>
    </message>
    <message>
        <source>The theme is longer than {max} characters.</source>
        <translation>主题超过 {max} 个字。</translation>
    </message>
    <message>
        <source>This shop was not invited; add it as a walk-in instead.</source>
        <translation>该户未被邀约，请作为现场加入添加。</translation>
    </message>
    <message>
        <source>Walk-ins are added on the event&apos;s day ({day}) or after.</source>
        <translation>现场加入的客户要在活动当天（{day}）或之后添加。</translation>
    </message>
    <message>
        <source>A backtest covers between 1 and {max} months.</source>
        <translation>回测范围为 1 到 {max} 个月。</translation>
    </message>
    <message>
        <source>There are no orders before {month}.</source>
        <translation>{month} 之前没有订单。</translation>
    </message>
    <message>
        <source>There are no orders to test the forecast on.</source>
        <translation>没有可用于检验预测的订单。</translation>
    </message>
    <message>
        <source>An adjustment of 0 cartons changes nothing; remove it instead.</source>
        <translation>调整 0 条不改变任何数值；请改为删除调整。</translation>
    </message>
    <message>
        <source>An adjustment is at most {max} cartons either way.</source>
        <translation>调整量增减均不超过 {max} 条。</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the adjustment and judged later.</source>
        <translation>请写明原因：原因与调整一起保存，日后检验。</translation>
    </message>
    <message>
        <source>The reason is at most {max} characters.</source>
        <translation>原因最多 {max} 个字。</translation>
    </message>
    <message>
        <source>Cultivation plan</source>
        <translation>培育计划</translation>
    </message>
    <message>
        <source>{product} is rationed (紧俏): a cultivation plan pushes only products the company can supply, so no shops are proposed for it.</source>
        <translation>{product}是紧俏货源：品牌培育只推广公司能保证供应的品规，因此不为它推荐客户。</translation>
    </message>
    <message>
        <source>The shop target must be between 1 and {max}.</source>
        <translation>目标户数应在 1 到 {max} 之间。</translation>
    </message>
    <message>
        <source>The cartons target must be between 1 and {max} a month.</source>
        <translation>目标条数应在每月 1 到 {max} 条之间。</translation>
    </message>
    <message>
        <source>The target date must come after the plan&apos;s start.</source>
        <translation>目标日期应晚于计划开始日期。</translation>
    </message>
    <message>
        <source>The note is longer than {max} characters.</source>
        <translation>备注超过 {max} 个字。</translation>
    </message>
    <message>
        <source>There is no product with the code {code}.</source>
        <translation>没有编码为 {code} 的卷烟。</translation>
    </message>
    <message>
        <source>{product} has no cultivation plan.</source>
        <translation>{product}还没有培育计划。</translation>
    </message>
    <message>
        <source>{product} already has an open cultivation plan (started {day}); add the shops to it.</source>
        <translation>{product}已有进行中的培育计划（{day} 开始），请把客户加到该计划中。</translation>
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
        <source>Print dossier</source>
        <translation>打印档案</translation>
    </message>
    <message>
        <source>The stored dossier as an A4 PDF, opened in the system viewer</source>
        <translation>已保存的客户档案（A4 PDF），用系统阅读器打开</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Send the stored dossier to a printer</source>
        <translation>将已保存的客户档案发送到打印机</translation>
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
        <source>License number {license} · {status}</source>
        <translation>许可证号 {license} · {status}</translation>
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
        <source>Sales</source>
        <translation>销售</translation>
    </message>
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
        <source>Customer care</source>
        <translation>客户关怀</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>A draft of this visit could not be read and was left as it was.</source>
        <translation>这次拜访的草稿无法读取，已原样保留。</translation>
    </message>
    <message>
        <source>The draft could not be written: {error}</source>
        <translation>草稿无法写入：{error}</translation>
    </message>
    <message>
        <source>Draft kept at {time}</source>
        <translation>草稿已于 {time} 保存</translation>
    </message>
</context>
<context>
    <name>DuePane</name>
    <message>
        <source>Due for a visit</source>
        <translation>待拜访客户</translation>
    </message>
    <message>
        <source>Find a customer: name, pinyin, phone, license no (Ctrl+F)</source>
        <translation>查找客户：名称、拼音、电话、许可证号 (Ctrl+F)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Not visited for at least this many days</source>
        <translation>至少这么多天未拜访</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>全部线路</translation>
    </message>
    <message>
        <source>Add to plan →</source>
        <translation>加入计划 →</translation>
    </message>
    <message>
        <source>Add the selected customers to the day&apos;s plan (Enter, or double-click)</source>
        <translation>把选中的客户加入当天计划（回车或双击）</translation>
    </message>
    <message>
        <source>Add all shown</source>
        <translation>全部加入</translation>
    </message>
    <message>
        <source>Add every customer in the list as shown, in this order</source>
        <translation>按列表顺序把显示的全部客户加入计划</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>加入计划</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>未访天数</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>Already on the plan of {date}</source>
        <translation>已在 {date} 的拜访计划中</translation>
    </message>
</context>
<context>
    <name>EntriesSection</name>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Tick Follow-up to keep an entry on the follow-up list until it is done; double-click its due date or owner note to change them.</source>
        <translation>勾选“跟进”，这条记录就会留在跟进事项中直到完成；双击到期日或店主备注可修改。</translation>
    </message>
    <message>
        <source>Policy, new product, supply note passed on… (Enter adds)</source>
        <translation>传达的政策、新品、货源信息…（回车添加）</translation>
    </message>
    <message>
        <source>Need, opinion, complaint, scarce-product demand, suspicious cigarettes… (Enter adds)</source>
        <translation>需求、意见、投诉、紧俏烟需求、可疑卷烟…（回车添加）</translation>
    </message>
</context>
<context>
    <name>EntryEditorTab</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Owner note</source>
        <translation>店主备注</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
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
        <source>Demo data</source>
        <translation>演示数据</translation>
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
    <name>EventList</name>
    <message>
        <source>Salons</source>
        <translation>沙龙活动</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Plan a new event (Ctrl+N)</source>
        <translation>策划一场新活动（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>打开活动</translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation>删除活动…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No event yet: press New event to plan the first.</source>
        <translation>还没有活动：点“新建活动”策划第一场。</translation>
    </message>
    <message>
        <source>Held events compared</source>
        <translation>已办活动对比</translation>
    </message>
    <message>
        <source>Each stage with its share of the invited. Walk-ins count among the attended.</source>
        <translation>各环节及其占已邀约户数的比例；现场加入计入到场。</translation>
    </message>
    <message>
        <source>No event held yet.</source>
        <translation>尚未举办过活动。</translation>
    </message>
    <message>
        <source>{coming} coming, {held} held. Double-click an event to open its six steps.</source>
        <translation>即将举行 {coming} 场，已举办 {held} 场。双击活动打开六个步骤。</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>← All events</source>
        <translation>← 全部活动</translation>
    </message>
    <message>
        <source>Print invitation list</source>
        <translation>打印邀约名单</translation>
    </message>
    <message>
        <source>Print sign-in sheet</source>
        <translation>打印签到表</translation>
    </message>
    <message>
        <source>Print event summary</source>
        <translation>打印活动总结</translation>
    </message>
    <message>
        <source>Set the criteria and press Screen.</source>
        <translation>设置条件后点“筛选”。</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Fill in the preparation and save; the other steps open once the event is saved.</source>
        <translation>填写前期准备并保存；保存后才能进行其他步骤。</translation>
    </message>
    <message>
        <source>{n} places</source>
        <translation>{n} 个名额</translation>
    </message>
    <message>
        <source>budget {amount}</source>
        <translation>预算 {amount}</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>还有 {n} 天</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>held {n} days ago</source>
        <translation>{n} 天前已举办</translation>
    </message>
    <message>
        <source>1 Preparation</source>
        <translation>1 前期准备</translation>
    </message>
    <message>
        <source>{step}: {ready}/{n} materials ready</source>
        <translation>{step}：物料 {ready}/{n} 已备</translation>
    </message>
    <message>
        <source>2 Screening</source>
        <translation>2 客户筛选</translation>
    </message>
    <message>
        <source>3 Inviting</source>
        <translation>3 客户邀约</translation>
    </message>
    <message>
        <source>4 The day</source>
        <translation>4 沙龙运作</translation>
    </message>
    <message>
        <source>5 Talks</source>
        <translation>5 面谈促成</translation>
    </message>
    <message>
        <source>6 Follow-up</source>
        <translation>6 追踪反馈</translation>
    </message>
    <message>
        <source>2 Screening {n}/{capacity}</source>
        <translation>2 客户筛选 {n}/{capacity}</translation>
    </message>
    <message>
        <source>2 Screening {n}</source>
        <translation>2 客户筛选 {n}</translation>
    </message>
    <message>
        <source>3 Inviting {done}/{n}</source>
        <translation>3 客户邀约 {done}/{n}</translation>
    </message>
    <message>
        <source>4 The day {done}/{n}</source>
        <translation>4 沙龙运作 {done}/{n}</translation>
    </message>
    <message>
        <source>5 Talks {done}/{n}</source>
        <translation>5 面谈促成 {done}/{n}</translation>
    </message>
    <message>
        <source>6 Follow-up {done}/{n}</source>
        <translation>6 追踪反馈 {done}/{n}</translation>
    </message>
    <message>
        <source>Salons</source>
        <translation>沙龙活动</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>活动已保存。</translation>
    </message>
    <message>
        <source>new event</source>
        <translation>新活动</translation>
    </message>
    <message>
        <source>Preparation of {event}</source>
        <translation>{event}的前期准备</translation>
    </message>
    <message>
        <source>Feedback on {event}</source>
        <translation>{event}的活动反馈</translation>
    </message>
    <message>
        <source>{title}: {path}</source>
        <translation>{title}：{path}</translation>
    </message>
</context>
<context>
    <name>FamilyBirthdayDialog</name>
    <message>
        <source>Family birthday</source>
        <translation>家人生日</translation>
    </message>
    <message>
        <source>爱人, 儿子, 母亲…</source>
        <translation>爱人、儿子、母亲…</translation>
    </message>
    <message>
        <source>Lunar (农历)</source>
        <translation>农历</translation>
    </message>
    <message>
        <source>Solar (公历)</source>
        <translation>公历</translation>
    </message>
    <message>
        <source>leap month (闰月)</source>
        <translation>闰月</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>历法</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
</context>
<context>
    <name>FaultDialog</name>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
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
    <name>FestivalDialog</name>
    <message>
        <source>Festival care</source>
        <translation>节日关怀</translation>
    </message>
    <message>
        <source>Festival:</source>
        <translation>节日：</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>祝福语</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>sent {date}</source>
        <translation>{date} 已发</translation>
    </message>
    <message>
        <source>Greeting wording:</source>
        <translation>祝福语模板：</translation>
    </message>
    <message>
        <source>Blanks: {owner} the owner, {shop} the shop, {festival}, {manager} your name from Settings, {date} the festival&apos;s day</source>
        <translation>占位符：{owner} 店主，{shop} 店名，{festival} 节日，{manager} 设置中的您的姓名，{date} 节日日期</translation>
    </message>
    <message>
        <source>Save wording</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Copy greeting</source>
        <translation>复制祝福语</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>标记已发</translation>
    </message>
    <message>
        <source>Not sent after all</source>
        <translation>改为未发</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>打印清单…</translation>
    </message>
    <message>
        <source>No festival is cared for: turn them on in Settings.</source>
        <translation>没有要关怀的节日：请在设置里开启。</translation>
    </message>
    <message>
        <source>{n} shops · {sent} greetings sent</source>
        <translation>共{n}户 · 已发{sent}条祝福</translation>
    </message>
    <message>
        <source>Greeting for {shop} copied.</source>
        <translation>已复制给{shop}的祝福语。</translation>
    </message>
    <message>
        <source>Wording saved: the greetings below use it.</source>
        <translation>模板已保存：下面的祝福语已按新模板生成。</translation>
    </message>
    <message>
        <source>The greeting wording was changed but not saved. Close and discard the change?</source>
        <translation>祝福语模板已修改但未保存。关闭并放弃修改吗？</translation>
    </message>
    <message>
        <source>Festival care list</source>
        <translation>节日关怀清单</translation>
    </message>
    <message>
        <source>Festival care list: {path}</source>
        <translation>节日关怀清单：{path}</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <source>New custom field</source>
        <translation>新增自定义字段</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>e.g. 管户资产</source>
        <translation>如：管户资产</translation>
    </message>
    <message>
        <source>e.g. 万元</source>
        <translation>如：万元</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>A number kept in each dossier and read by imports under this name.</source>
        <translation>每户档案中记一个数；导入时按这个名称识别列。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Forecast of {product} at {shop}</source>
        <translation>{shop} · {product} 的预测</translation>
    </message>
    <message>
        <source>{month}: {n} cartons forecast; last month {supplied} supplied of {asked} asked</source>
        <translation>{month}：预测 {n} 条；上月需求 {asked} 条，订足 {supplied} 条</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>cartons in an ordinary month, from what was sold (not asked), recent months weighing most</source>
        <translation>平常月份的条数，按实际销售（而非上报需求）计算，近几个月权重最大</translation>
    </message>
    <message>
        <source>× Season</source>
        <translation>× 季节</translation>
    </message>
    <message>
        <source>this month against the shop&apos;s and its segment&apos;s ordinary month (Spring Festival by its lunar date, public holidays)</source>
        <translation>本月与该户及其区域类型平常月份之比（春节按农历日期，含法定节假日）</translation>
    </message>
    <message>
        <source>× Order days</source>
        <translation>× 订货天数</translation>
    </message>
    <message>
        <source>the order days this month holds in the shop&apos;s rhythm, against its usual number</source>
        <translation>按该户订货节奏本月的订货次数，与其平常次数之比</translation>
    </message>
    <message>
        <source>× Trend</source>
        <translation>× 趋势</translation>
    </message>
    <message>
        <source>the shop&apos;s damped growth or decline over the last half-year</source>
        <translation>该户近半年的增减趋势（已抑制）</translation>
    </message>
    <message>
        <source>= Model</source>
        <translation>= 模型值</translation>
    </message>
    <message>
        <source>+ Adjustment</source>
        <translation>+ 调整</translation>
    </message>
    <message>
        <source>= Forecast</source>
        <translation>= 预测</translation>
    </message>
    <message>
        <source>{n} cartons</source>
        <translation>{n} 条</translation>
    </message>
    <message>
        <source>rounded once, never negative</source>
        <translation>只取整一次，不为负</translation>
    </message>
    <message>
        <source>Based on: {source}</source>
        <translation>依据：{source}</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Feedback: what worked, what to change</source>
        <translation>活动反馈：哪些有效，哪些要改</translation>
    </message>
    <message>
        <source>e.g. the tasting table worked well; start half an hour later, shops close at six</source>
        <translation>如：品鉴台效果好；下次晚半小时开始，店铺六点才关门</translation>
    </message>
    <message>
        <source>Save feedback</source>
        <translation>保存反馈</translation>
    </message>
    <message>
        <source>{done} of {n} follow-ups done. They are on the shops&apos; records and the visit plans; double-click a row to open the shop.</source>
        <translation>回访已完成 {done}/{n}。回访在客户档案和拜访计划中；双击一行打开客户。</translation>
    </message>
    <message>
        <source>No follow-up yet: one falls due for a confirmed guest who did not come and for an attendee who showed interest.</source>
        <translation>暂无回访：确认参加却未到场的、到场并有意向的客户，会自动生成回访。</translation>
    </message>
    <message>
        <source>Feedback saved.</source>
        <translation>反馈已保存。</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Search customer, follow-up or note (Ctrl+F)</source>
        <translation>搜索客户、跟进事项或备注（Ctrl+F）</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Show done</source>
        <translation>显示已完成</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Owner note</source>
        <translation>店主备注</translation>
    </message>
    <message>
        <source>From visit</source>
        <translation>来自拜访</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done (Ctrl+D)</source>
        <translation>把选中的跟进事项标记为完成（Ctrl+D）</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>打开拜访</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>{shown} of {total} · {overdue} overdue</source>
        <translation>显示 {shown} / 共 {total} 项 · 逾期 {overdue} 项</translation>
    </message>
    <message>
        <source>Done: {text}</source>
        <translation>已完成：{text}</translation>
    </message>
    <message>
        <source>Open again.</source>
        <translation>已恢复为未完成。</translation>
    </message>
    <message>
        <source>Follow-up not changed</source>
        <translation>跟进事项未修改</translation>
    </message>
</context>
<context>
    <name>ForecastLabels</name>
    <message>
        <source>own orders</source>
        <translation>本户订单</translation>
    </message>
    <message>
        <source>own orders, leaned toward peers (short history)</source>
        <translation>本户订单，向同类户靠拢（历史较短）</translation>
    </message>
    <message>
        <source>peers of the same segment and grade (no orders yet)</source>
        <translation>同区域类型同档位的户（尚无订单）</translation>
    </message>
    <message>
        <source>supply was cut: demand read between what was supplied and what was asked</source>
        <translation>供货曾被削减：需求取订足量与需求量之间</translation>
    </message>
    <message>
        <source>requests rising while supply stays flat (inflation): requests not believed</source>
        <translation>需求量上涨而供货不变（虚报）：需求量不采信</translation>
    </message>
    <message>
        <source>no public-holiday data for this month: the season rests on the order history</source>
        <translation>本月无法定节假日数据：季节只依据订单历史</translation>
    </message>
    <message>
        <source>stock counts at visits: recent months read from what was sold (previous stock + supplied − current stock)</source>
        <translation>拜访盘点：近几个月按实际销量计（上次库存 + 期间供货 − 本次库存）</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>削减</translation>
    </message>
    <message>
        <source>inflating</source>
        <translation>虚报</translation>
    </message>
    <message>
        <source>no holiday data</source>
        <translation>无节假日数据</translation>
    </message>
    <message>
        <source>stock counts</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>helped</source>
        <translation>有帮助</translation>
    </message>
    <message>
        <source>made it worse</source>
        <translation>更差</translation>
    </message>
    <message>
        <source>no difference</source>
        <translation>无差别</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source>Demand forecast</source>
        <translation>需求预测</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>The month after the latest orders, or the one after it</source>
        <translation>最新订单之后的一个月，或再下一个月</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export demand book…</source>
        <translation>导出需求采集本…</translation>
    </message>
    <message>
        <source>The 需求采集本 as an Excel workbook for the company&apos;s ordering system: shop × product with the forecast, last month, adjustment and reason</source>
        <translation>将需求采集本导出为 Excel 工作簿，供公司订货系统使用：按户 × 规格列出预测量、上月数据、调整量和调整原因</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>What the territory&apos;s shops will need next month, product by product: the sum of each shop&apos;s figure. Double-click a product to see its shops.</source>
        <translation>片区零售户下月各规格的需求：每户预测之和。双击某一规格查看各户。</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>按规格</translation>
    </message>
    <message>
        <source>Filter by shop, license, route or product…</source>
        <translation>按客户、许可证号、线路或规格筛选…</translation>
    </message>
    <message>
        <source>Adjusted only</source>
        <translation>只看已调整</translation>
    </message>
    <message>
        <source>Show parts…</source>
        <translation>查看构成…</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <source>By shop</source>
        <translation>按客户</translation>
    </message>
    <message>
        <source>Rationed brands: shops ask for more than they will sell, and ask more each time they are cut. Their forecast is the demand estimate, between what was supplied and what was asked, never the inflated request; shops whose requests rise while supply stays flat are not believed at all.</source>
        <translation>紧俏品牌：零售户报的比能卖的多，每被削减一次就报得更多。其预测是需求估计，介于订足量与需求量之间，绝不是虚报的需求；需求量逐月上涨而供货不变的户，其需求量完全不采信。</translation>
    </message>
    <message>
        <source>Scarce brands</source>
        <translation>紧俏品牌</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>预测准确度</translation>
    </message>
    <message>
        <source>No order data yet: import order lines, and the forecast follows from them.</source>
        <translation>还没有订单数据：导入订单明细后即可预测。</translation>
    </message>
    <message>
        <source>{month}: {cartons} cartons for {shops} shops ({figures} shop × product figures; last month {last} supplied) · {adjusted} adjusted. Figures start from what was sold, not what was asked; open one to see its parts.</source>
        <translation>{month}：{shops} 户共 {cartons} 条（{figures} 个户 × 规格预测；上月订足 {last} 条）· 已调整 {adjusted} 个。预测从实际销售出发，而非上报需求；打开一项可查看其构成。</translation>
    </message>
    <message>
        <source>{shown} of {all} figures; double-click one to see its parts</source>
        <translation>显示 {shown} / {all} 项；双击查看构成</translation>
    </message>
    <message>
        <source>Demand book of {month} written to {path}: {rows} rows (shop × product).</source>
        <translation>{month} 的需求采集本已写入 {path}：共 {rows} 行（户 × 规格）。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ForecastTables</name>
    <message>
        <source>ordered last month, no longer ordering</source>
        <translation>上月订过，现已不再订购</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>卷烟编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Forecast (cartons)</source>
        <translation>预测（条）</translation>
    </message>
    <message>
        <source>Last month supplied</source>
        <translation>上月订足量</translation>
    </message>
    <message>
        <source>Last month stated</source>
        <translation>上月需求量</translation>
    </message>
    <message>
        <source>Against last month</source>
        <translation>比上月</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>已调整</translation>
    </message>
    <message>
        <source>Scarce</source>
        <translation>紧俏</translation>
    </message>
    <message>
        <source>scarce</source>
        <translation>紧俏</translation>
    </message>
    <message>
        <source>Real demand (forecast)</source>
        <translation>真实需求（预测）</translation>
    </message>
    <message>
        <source>Stated ÷ real</source>
        <translation>上报 ÷ 真实</translation>
    </message>
    <message>
        <source>Shops inflating</source>
        <translation>虚报户数</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>季节</translation>
    </message>
    <message>
        <source>Order days</source>
        <translation>订货天数</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>调整原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>not forecast</source>
        <translation>未预测</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Same as last month</source>
        <translation>同上月</translation>
    </message>
    <message>
        <source>Stated demand</source>
        <translation>上报需求</translation>
    </message>
    <message>
        <source>Territory: forecast</source>
        <translation>片区：预测</translation>
    </message>
    <message>
        <source>Territory: last month</source>
        <translation>片区：同上月</translation>
    </message>
    <message>
        <source>Territory: stated</source>
        <translation>片区：上报需求</translation>
    </message>
    <message>
        <source>Closest by shop × product</source>
        <translation>按户 × 规格最准</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>same as last month</source>
        <translation>同上月</translation>
    </message>
    <message>
        <source>stated demand</source>
        <translation>上报需求</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型值</translation>
    </message>
    <message>
        <source>Supplied</source>
        <translation>订足量</translation>
    </message>
    <message>
        <source>Supply cut</source>
        <translation>供货削减</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>削减</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>检验结果</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>{value} pp</source>
        <translation>{value} 个百分点</translation>
    </message>
</context>
<context>
    <name>GradeSchemeEditor</name>
    <message>
        <source>Grade scheme (档位)</source>
        <translation>档位方案</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cartons ordered</source>
        <translation>订足量（条）</translation>
    </message>
    <message>
        <source>Low-tar share</source>
        <translation>低焦油占比</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>30 by default; 15 or 16 in some regions. The highest grade is the best.</source>
        <translation>默认 30 档；部分地区为 15 或 16 档。档位越高越好。</translation>
    </message>
    <message>
        <source>Number of grades</source>
        <translation>档位数</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>The score reads this many months, the month recomputed included.</source>
        <translation>评分读取这么多个月的订单，含重算的当月。</translation>
    </message>
    <message>
        <source>Months read</source>
        <translation>读取月数</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>A product counts as low-tar at or below this tar content.</source>
        <translation>焦油含量不高于此值的卷烟计为低焦油。</translation>
    </message>
    <message>
        <source>Low-tar: tar at most</source>
        <translation>低焦油：焦油量不高于</translation>
    </message>
    <message>
        <source>From score to grade</source>
        <translation>从得分到档位</translation>
    </message>
    <message>
        <source>By rank, in equal-sized bands</source>
        <translation>按排名等分</translation>
    </message>
    <message>
        <source>By a table of score bands</source>
        <translation>按分数段表</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>最低得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>添加分数段</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>删除分数段</translation>
    </message>
    <message>
        <source>Band table</source>
        <translation>分数段表</translation>
    </message>
    <message>
        <source>New shops</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>A shop with fewer months of orders than this is placed by the rules below instead of being scored.</source>
        <translation>订货月数少于此值的客户不评分，按下列规则定档。</translation>
    </message>
    <message>
        <source>Placed until it has</source>
        <translation>定档直至订货满</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场类型</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Shop area at least</source>
        <translation>经营面积至少</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>任意面积</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Placement rules (first match wins)</source>
        <translation>定档规则（按顺序，先符合者生效）</translation>
    </message>
</context>
<context>
    <name>Import</name>
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
        <source>Product code</source>
        <translation>卷烟编码</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>卷烟名称</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>生产厂家</translation>
    </message>
    <message>
        <source>Price class</source>
        <translation>价类</translation>
    </message>
    <message>
        <source>Wholesale price</source>
        <translation>批发价</translation>
    </message>
    <message>
        <source>Retail price</source>
        <translation>零售指导价</translation>
    </message>
    <message>
        <source>Packs per carton</source>
        <translation>条包数</translation>
    </message>
    <message>
        <source>Tar (mg)</source>
        <translation>焦油量（毫克）</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新品</translation>
    </message>
    <message>
        <source>Scarce</source>
        <translation>紧俏</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Requested (cartons)</source>
        <translation>需求量（条）</translation>
    </message>
    <message>
        <source>Supplied (cartons)</source>
        <translation>订足量（条）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook (.xls)</source>
        <translation>Excel 97–2003 工作簿 (.xls)</translation>
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
    <message>
        <source>Unknown customer {key}{name}: first on line {line}, {lines} lines.</source>
        <translation>未知客户 {key}{name}：首次出现在第 {line} 行，共 {lines} 行。</translation>
    </message>
    <message>
        <source>Unknown customer code {key}{name}: first on line {line}, {lines} lines.</source>
        <translation>未知客户编码 {key}{name}：首次出现在第 {line} 行，共 {lines} 行。</translation>
    </message>
    <message>
        <source>Unknown product {key}{name}: first on line {line}, {lines} lines.</source>
        <translation>未知卷烟规格 {key}{name}：首次出现在第 {line} 行，共 {lines} 行。</translation>
    </message>
    <message>
        <source>Unknown product name {key}: first on line {line}, {lines} lines.</source>
        <translation>未知卷烟名称 {key}：首次出现在第 {line} 行，共 {lines} 行。</translation>
    </message>
    <message>
        <source>Customer import</source>
        <translation>客户导入</translation>
    </message>
    <message>
        <source>Product import</source>
        <translation>卷烟规格导入</translation>
    </message>
    <message>
        <source>Order import</source>
        <translation>订单导入</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.xlsm *.xls *.csv *.txt);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.csv *.txt);;所有文件 (*)</translation>
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
        <source>Create them</source>
        <translation>创建它们</translation>
    </message>
    <message>
        <source>Add the listed customers (license number and name from the file) and products (code, name and price from the file) to the workspace, then check the file again</source>
        <translation>将列出的客户（取文件中的专卖许可证号和名称）和卷烟规格（取文件中的编码、名称和价格）加入工作区，然后重新检查文件</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>文件前几行</translation>
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
        <source>Total and repeated header rows skipped: line {lines}.</source>
        <translation>已跳过合计行和重复的表头行：第 {lines} 行。</translation>
    </message>
    <message>
        <source>Creating customers and products…</source>
        <translation>正在创建客户和卷烟规格…</translation>
    </message>
    <message>
        <source>Importing {rows} rows…</source>
        <translation>正在导入 {rows} 行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Columns (* required; empty cells keep what the workspace already has)</source>
        <translation>列对应（* 为必填；空单元格保留工作区中已有的内容）</translation>
    </message>
    <message>
        <source>Rows with problems: {bad} of {rows}, listed below; they will be skipped and listed in a file beside the source. The other rows: {counts}.</source>
        <translation>有错误的行：{rows} 行中有 {bad} 行，列在下方；它们将被跳过，并列在源文件旁的文件中。其余的行：{counts}。</translation>
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
        <source>Imported {file}: {counts}.</source>
        <translation>已导入 {file}：{counts}。</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file with one customer per row.</source>
        <translation>请选择每行一个客户的 CSV 或 Excel 文件。</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>导入卷烟规格</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel file with one product (卷烟规格) per row: code, name, wholesale price, and what else the file has.</source>
        <translation>请选择每行一个卷烟规格的 CSV 或 Excel 文件：编码、名称、批发价，以及文件中的其他信息。</translation>
    </message>
    <message>
        <source>Import order lines</source>
        <translation>导入订单明细</translation>
    </message>
    <message>
        <source>Choose an order export (订单明细, CSV or Excel): one order line per row with its date, customer, product and cartons.</source>
        <translation>请选择订单导出文件（订单明细，CSV 或 Excel）：每行一条订单明细，包括日期、客户、卷烟和条数。</translation>
    </message>
    <message>
        <source>Columns (* required; the customer by license number or customer code, the product by code or name)</source>
        <translation>列对应（* 为必填；客户按专卖许可证号或客户编码，卷烟按编码或名称）</translation>
    </message>
    <message>
        <source>This file was already imported on {date} as batch {batch}; importing it again would add nothing.</source>
        <translation>此文件已于 {date} 导入（批次 {batch}）；再次导入不会增加任何数据。</translation>
    </message>
    <message>
        <source>Rows with problems: {bad} of {rows}, listed below; they will be skipped and listed in a file beside the source. The other rows: {new} new order lines, {present} already in the workspace.</source>
        <translation>有错误的行：{rows} 行中有 {bad} 行，列在下方；它们将被跳过，并列在源文件旁的文件中。其余的行：新订单明细 {new} 行，{present} 行已在工作区中。</translation>
    </message>
    <message>
        <source>The first {shown} are listed.</source>
        <translation>下表列出前 {shown} 行。</translation>
    </message>
    <message>
        <source>Not in the workspace either: {customers} customers and {products} products, listed below.</source>
        <translation>另有 {customers} 户客户和 {products} 个卷烟规格不在工作区中，见下表。</translation>
    </message>
    <message>
        <source>Rows with problems: {bad} of {rows}; nothing will be imported. Correct the file and read it again.</source>
        <translation>有问题的行：{rows} 行中有 {bad} 行；不会导入任何数据。请修改文件后重新读取。</translation>
    </message>
    <message>
        <source>The file names {customers} customers and {products} products that are not in the workspace ({lines} lines), listed below. Create them, or add them by hand, then check again.</source>
        <translation>文件中有 {customers} 户客户和 {products} 个卷烟规格不在工作区中（涉及 {lines} 行），见下表。请创建它们或手工添加，然后重新检查。</translation>
    </message>
    <message>
        <source>Nothing to import: all {present} lines are already in the workspace.</source>
        <translation>没有需要导入的内容：全部 {present} 行已在工作区中。</translation>
    </message>
    <message>
        <source>Quantities in {columns} are in cases (件) and were converted to cartons: 1 件 = 50 条.</source>
        <translation>{columns} 列的数量按件计，已换算为条：1 件 = 50 条。</translation>
    </message>
    <message>
        <source>Every line is fine: {new} new order lines of {months} ({cartons} cartons, {amount}); {present} already in the workspace. Import writes them all at once.</source>
        <translation>所有行均无问题：{months} 新订单明细 {new} 行（{cartons} 条，{amount}）；{present} 行已在工作区中。点击“导入”将一次全部写入。</translation>
    </message>
    <message>
        <source>{file} was already imported on {date} as batch {batch}; nothing was added.</source>
        <translation>{file} 已于 {date} 导入（批次 {batch}）；未增加任何数据。</translation>
    </message>
    <message>
        <source>Nothing was added: all {present} lines of {file} are already in the workspace.</source>
        <translation>未增加任何数据：{file} 的全部 {present} 行已在工作区中。</translation>
    </message>
    <message>
        <source>Imported {file} as batch {batch}: {added} order lines of {months} ({cartons} cartons, {amount}); {present} lines were already in the workspace. The import history can undo it.</source>
        <translation>已导入 {file}（批次 {batch}）：{months} 订单明细 {added} 行（{cartons} 条，{amount}）；{present} 行原已在工作区中。可在导入记录中撤销。</translation>
    </message>
    <message>
        <source>Skip rows with problems</source>
        <translation>跳过有错误的行</translation>
    </message>
    <message>
        <source>Import the good rows and list the others, with their line and reason, in a file beside the source (name.errors-time.csv). Without this, a file with any bad row imports nothing.</source>
        <translation>导入正确的行，其余的行连同行号和原因列在源文件旁的一个文件中（名称.errors-时间.csv）。不勾选时，只要有一行有错误，整个文件都不导入。</translation>
    </message>
    <message>
        <source>Skipped {rows} rows with problems; the list of them could not be written: {detail}</source>
        <translation>已跳过 {rows} 行有错误的数据；无法写出它们的清单：{detail}</translation>
    </message>
    <message>
        <source>Skipped {rows} rows with problems. The folder of {file} cannot be written, so they are listed in {path}.</source>
        <translation>已跳过 {rows} 行有错误的数据。{file} 所在的文件夹无法写入，因此清单写在 {path}。</translation>
    </message>
    <message>
        <source>Skipped {rows} rows with problems; they are listed in {path}.</source>
        <translation>已跳过 {rows} 行有错误的数据；清单见 {path}。</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销此次导入</translation>
    </message>
    <message>
        <source>Delete the order lines this import brought in (a backup is taken first)</source>
        <translation>删除此次导入的订单明细（先备份工作区）</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>尚未导入任何数据。</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo import {batch} ({file})? Its {lines} order lines will be deleted: {months}. A backup of the workspace is taken first.</source>
        <translation>撤销导入批次 {batch}（{file}）？将删除其 {lines} 行订单明细：{months}。撤销前会先备份工作区。</translation>
    </message>
    <message>
        <source>Import {batch} undone: {lines} order lines deleted ({months}).</source>
        <translation>导入批次 {batch} 已撤销：已删除 {lines} 行订单明细（{months}）。</translation>
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
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer (by code)</source>
        <translation>客户（按客户编码）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>卷烟规格</translation>
    </message>
    <message>
        <source>Product (by name)</source>
        <translation>卷烟规格（按名称）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No: add it by hand</source>
        <translation>否：请手工添加</translation>
    </message>
    <message>
        <source>Not in the workspace</source>
        <translation>工作区中没有</translation>
    </message>
    <message>
        <source>License number or code</source>
        <translation>许可证号或编码</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>文件中的名称</translation>
    </message>
    <message>
        <source>Price in the file</source>
        <translation>文件中的价格</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>首次出现行</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Can be created</source>
        <translation>可以创建</translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {unchanged} unchanged</source>
        <translation>新增 {created} 户，更新 {updated} 户，{unchanged} 户无变化</translation>
    </message>
    <message>
        <source>{created} new products, {updated} updated, {unchanged} unchanged</source>
        <translation>新增 {created} 个规格，更新 {updated} 个，{unchanged} 个无变化</translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <source>Product</source>
        <translation>卷烟规格</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>价类</translation>
    </message>
    <message>
        <source>Weekly (8 wk)</source>
        <translation>周均（近8周）</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议订货</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>实订</translation>
    </message>
    <message>
        <source>Count the stock first.</source>
        <translation>请先盘点库存。</translation>
    </message>
    <message>
        <source>Scarce product</source>
        <translation>紧俏品规</translation>
    </message>
</context>
<context>
    <name>InventorySection</name>
    <message>
        <source>Type a product name or code</source>
        <translation>输入品规名称或编码</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>添加品规</translation>
    </message>
    <message>
        <source>Another product:</source>
        <translation>其他品规：</translation>
    </message>
    <message>
        <source>Pick a row to see how its suggestion is worked out.</source>
        <translation>选中一行，查看建议订货的计算过程。</translation>
    </message>
</context>
<context>
    <name>InviteTab</name>
    <message>
        <source>Channel:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀约</translation>
    </message>
    <message>
        <source>Mark the selected shops invited today by this channel</source>
        <translation>把所选客户记为今天以此方式邀约</translation>
    </message>
    <message>
        <source>Take back invitation</source>
        <translation>撤回邀约</translation>
    </message>
    <message>
        <source>Copy invitation text</source>
        <translation>复制邀请文字</translation>
    </message>
    <message>
        <source>The invitation of each selected shop, ready to paste into WeChat or a text message</source>
        <translation>所选客户各自的邀请文字，可直接粘贴到微信或短信</translation>
    </message>
    <message>
        <source>Visit on:</source>
        <translation>拜访日：</translation>
    </message>
    <message>
        <source>Invite on that visit</source>
        <translation>拜访时邀约</translation>
    </message>
    <message>
        <source>Put the selected shops on that day&apos;s visit plan; the day&apos;s handbook reminds you to invite them</source>
        <translation>把所选客户加入当天的拜访计划；当天的拜访手册会提醒您邀约</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>回复：</translation>
    </message>
    <message>
        <source>Reason (for maybe or declined)</source>
        <translation>原因（待定或婉拒时）</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>记录回复</translation>
    </message>
    <message>
        <source>{invited} of {listed} invited · {replied} replied · {confirmed} confirmed. Select shops (Ctrl or Shift for several), then act on them.</source>
        <translation>已邀约 {invited}/{listed} · 已回复 {replied} · 已确认 {confirmed}。选择客户（按住 Ctrl 或 Shift 可多选）后操作。</translation>
    </message>
    <message>
        <source>{n} invited ({channel}).</source>
        <translation>已邀约 {n} 户（{channel}）。</translation>
    </message>
    <message>
        <source>{n} invitations taken back.</source>
        <translation>已撤回 {n} 户邀约。</translation>
    </message>
    <message>
        <source>{n} replies recorded: {reply}.</source>
        <translation>已记录 {n} 户回复：{reply}。</translation>
    </message>
    <message>
        <source>{n} shops put on the visit plan of {day}: invite them there.</source>
        <translation>已把 {n} 户加入 {day} 的拜访计划：届时当面邀约。</translation>
    </message>
    <message>
        <source>{n} invitation texts copied: paste them into WeChat or a message.</source>
        <translation>已复制 {n} 条邀请文字：粘贴到微信或短信即可。</translation>
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
    <message>
        <source>Class 1</source>
        <translation>一类</translation>
    </message>
    <message>
        <source>Class 2</source>
        <translation>二类</translation>
    </message>
    <message>
        <source>Class 3</source>
        <translation>三类</translation>
    </message>
    <message>
        <source>Class 4</source>
        <translation>四类</translation>
    </message>
    <message>
        <source>Class 5</source>
        <translation>五类</translation>
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
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>需求预测</translation>
    </message>
    <message>
        <source>Cultivation</source>
        <translation>品牌培育</translation>
    </message>
    <message>
        <source>Salons</source>
        <translation>沙龙活动</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>卷烟规格</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>经营分析</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>分层分级</translation>
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
        <source>{page} ({n})</source>
        <translation>{page}（{n}）</translation>
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
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
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
        <source>Opening another workspace</source>
        <translation>打开另一个工作区</translation>
    </message>
    <message>
        <source>The workspace is open read-only: nothing can be changed.</source>
        <translation>工作区以只读方式打开：不能修改。</translation>
    </message>
    <message>
        <source>Workspace opened</source>
        <translation>工作区已打开</translation>
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
        <source>Demo build cancelled; nothing was written.</source>
        <translation>已取消生成演示数据，未写入任何内容。</translation>
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
    <message>
        <source>Closing Fieldbook</source>
        <translation>关闭 Fieldbook</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>file is read-only</source>
        <translation>文件只读</translation>
    </message>
    <message>
        <source>folder is read-only</source>
        <translation>文件夹只读</translation>
    </message>
    <message>
        <source>backups folder is read-only</source>
        <translation>备份文件夹只读</translation>
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
        <source>{path} is a database, but not a Fieldbook workspace; it was left untouched.</source>
        <translation>{path} 是数据库文件，但不是客户经理工作台的工作区，文件未作改动。</translation>
    </message>
    <message>
        <source>There is no workspace at {path}; nothing was created. Open it where it is now, restore a backup (main.py restore --latest) or create one (main.py new).</source>
        <translation>{path} 处没有工作簿;未新建任何文件。请从它现在的位置打开、恢复备份(main.py restore --latest)或新建一个(main.py new)。</translation>
    </message>
    <message>
        <source>The workspace {path} is damaged; it was set aside unchanged as {copy}. Restore the newest backup with main.py restore --latest or 文件 ▸ 从备份恢复…</source>
        <translation>工作簿 {path} 已损坏;已原样另存为 {copy}。请用 main.py restore --latest 或 文件 ▸ 从备份恢复… 恢复最新的备份。</translation>
    </message>
    <message>
        <source>The workspace {path} is read-only ({reason}); nothing was changed.</source>
        <translation>工作簿 {path} 为只读({reason});未做任何更改。</translation>
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
    <name>MissingWorkspaceDialog</name>
    <message>
        <source>Workspace not found</source>
        <translation>找不到工作区</translation>
    </message>
    <message>
        <source>The workspace file is not where it was:
{path}</source>
        <translation>工作区文件不在原来的位置：
{path}</translation>
    </message>
    <message>
        <source>Nothing was created. Find the file if it was moved, restore it from a backup, or start a new empty workspace at this place.</source>
        <translation>没有新建任何文件。如果文件被移走了，请找到它；也可以从备份恢复，或者在这个位置新建一个空工作区。</translation>
    </message>
    <message>
        <source>Find the file…</source>
        <translation>找到文件…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>There are no backups beside this file.</source>
        <translation>这个文件旁边没有备份。</translation>
    </message>
    <message>
        <source>New empty workspace</source>
        <translation>新建空工作区</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>MonthAnalysisView</name>
    <message>
        <source>Last 12 months</source>
        <translation>近12个月走势</translation>
    </message>
    <message>
        <source>Price-class structure</source>
        <translation>价类结构</translation>
    </message>
</context>
<context>
    <name>NewWalkInDialog</name>
    <message>
        <source>New walk-in</source>
        <translation>新客户现场加入</translation>
    </message>
    <message>
        <source>A shop not on file that came to the event: it is added to the customers and ticked as attended. Complete its dossier later.</source>
        <translation>来参加活动但尚未建档的客户：将添加到客户档案并记为到场。档案其他内容以后再补。</translation>
    </message>
    <message>
        <source>License number:</source>
        <translation>许可证号：</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>店名：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>户主：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Add as attended</source>
        <translation>添加并记为到场</translation>
    </message>
</context>
<context>
    <name>OutcomeTab</name>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Showed interest</source>
        <translation>有意向</translation>
    </message>
    <message>
        <source>A follow-up visit falls due for a shop that showed interest</source>
        <translation>有意向的客户会生成回访</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>e.g. wants two cartons to try</source>
        <translation>如：想先进两条试试</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <source>{done} of {n} attendees&apos; talks recorded · {converted} converted. Select an attendee to fill in what came of the talk.</source>
        <translation>已记录 {done}/{n} 户到场客户的面谈 · 促成 {converted} 户。选择到场客户，填写面谈结果。</translation>
    </message>
    <message>
        <source>No attendee yet: tick attendance on the event&apos;s day first.</source>
        <translation>还没有到场客户：请先在活动当天勾选到场。</translation>
    </message>
    <message>
        <source>Outcome saved for {n} attendees.</source>
        <translation>已保存 {n} 户到场客户的结果。</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Adjust by hand</source>
        <translation>手动调整</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source> of {n}</source>
        <translation> / 共 {n} 档</translation>
    </message>
    <message>
        <source>Note (required): why is this shop set by hand?</source>
        <translation>备注（必填）：为什么手动调整该客户？</translation>
    </message>
    <message>
        <source>e.g. the shop moved to a busier street in May</source>
        <translation>例如：该店五月搬到了更繁华的街道</translation>
    </message>
    <message>
        <source>A note is required: it is the only trace of why the shop was set by hand.</source>
        <translation>必须填写备注：这是手动调整原因的唯一记录。</translation>
    </message>
    <message>
        <source>Keep at recomputes</source>
        <translation>重算时保留</translation>
    </message>
    <message>
        <source>A recompute keeps this value until you unpin it</source>
        <translation>取消固定之前，重新计算会保留该值</translation>
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
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>调整前 → 调整后</translation>
    </message>
    <message>
        <source>Customers by segment</source>
        <translation>各区域类型客户</translation>
    </message>
    <message>
        <source>Care reminders, next 14 days</source>
        <translation>近 14 天关怀提醒</translation>
    </message>
    <message>
        <source>Grade and tier changes, latest month</source>
        <translation>最近一月档位与分层变动</translation>
    </message>
    <message>
        <source>Act on them on the Today page →</source>
        <translation>到“今日”页处理 →</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>未分类</translation>
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
    <name>OwnReminderDialog</name>
    <message>
        <source>New reminder</source>
        <translation>新建提醒</translation>
    </message>
    <message>
        <source>(no shop)</source>
        <translation>（不关联店铺）</translation>
    </message>
    <message>
        <source>e.g. bring the latest issue of the magazine</source>
        <translation>例如：带最新一期《读者》</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>店铺：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>提醒内容：</translation>
    </message>
    <message>
        <source>Discard the reminder you typed?</source>
        <translation>放弃已输入的提醒吗？</translation>
    </message>
</context>
<context>
    <name>PhotoModel</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Not saved yet: copied beside the workspace when the visit is saved.</source>
        <translation>尚未保存：保存拜访时复制到工作区旁。</translation>
    </message>
    <message>
        <source>Stored with the visit.</source>
        <translation>已随拜访保存。</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>New cultivation plan</source>
        <translation>新建培育计划</translation>
    </message>
    <message>
        <source>Shops are proposed by fit: their price-class mix and average carton value near the product&apos;s, in the segments and routes ticked, among those that do not list it yet. Rationed products are not pushed.</source>
        <translation>按匹配度推荐客户：价类结构和条均值与该品规相近、位于所勾选的区域类型和线路、且尚未上柜该品规的客户。紧俏货源不做推广。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不设</translation>
    </message>
    <message>
        <source> shops</source>
        <translation> 户</translation>
    </message>
    <message>
        <source> cartons a month</source>
        <translation> 条/月</translation>
    </message>
    <message>
        <source>by</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>卷烟：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Shops listing it:</source>
        <translation>目标上柜户数：</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>目标销量：</translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation>目标日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>区域类型：</translation>
    </message>
    <message>
        <source>Routes:</source>
        <translation>线路：</translation>
    </message>
    <message>
        <source>Propose shops</source>
        <translation>推荐客户</translation>
    </message>
    <message>
        <source>Add shop</source>
        <translation>加入客户</translation>
    </message>
    <message>
        <source>By hand:</source>
        <translation>手动加入：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source> (rationed)</source>
        <translation>（紧俏）</translation>
    </message>
    <message>
        <source>Cultivation plan of {product}</source>
        <translation>{product}的培育计划</translation>
    </message>
    <message>
        <source>{n} shops ticked</source>
        <translation>已勾选 {n} 户</translation>
    </message>
    <message>
        <source>{n} shops already list it and are not proposed.</source>
        <translation>{n} 户已上柜该品规，不再推荐。</translation>
    </message>
</context>
<context>
    <name>PlanPane</name>
    <message>
        <source>Plan</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <source>Record visit…</source>
        <translation>记录拜访…</translation>
    </message>
    <message>
        <source>Open the visit record of the selected stop (double-click)</source>
        <translation>打开所选客户的拜访记录（双击）</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已拜访</translation>
    </message>
    <message>
        <source>Mark the selected stops visited in person</source>
        <translation>把所选客户标记为已上门拜访</translation>
    </message>
    <message>
        <source>Visited in person</source>
        <translation>已上门拜访</translation>
    </message>
    <message>
        <source>Visited by phone</source>
        <translation>已电话拜访</translation>
    </message>
    <message>
        <source>Back to planned</source>
        <translation>恢复为计划</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未拜访</translation>
    </message>
    <message>
        <source>Mark the selected stops not visited</source>
        <translation>把所选客户标记为未拜访</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>上移 (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>下移 (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Take the selected stops off the plan (Delete)</source>
        <translation>把所选客户移出计划 (Delete)</translation>
    </message>
    <message>
        <source>Copy to…</source>
        <translation>复制到…</translation>
    </message>
    <message>
        <source>Copy this plan to another date</source>
        <translation>把本计划复制到另一天</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Delete this plan; visits already recorded are kept</source>
        <translation>删除本计划；已记录的拜访保留</translation>
    </message>
    <message>
        <source>Drag stops to reorder</source>
        <translation>拖动可调整拜访顺序</translation>
    </message>
    <message>
        <source>Plan for {date}</source>
        <translation>{date} 拜访计划</translation>
    </message>
    <message>
        <source>{stops} stops · {done} visited · {missed} missed</source>
        <translation>共 {stops} 户 · 已访 {done} · 未访 {missed}</translation>
    </message>
    <message>
        <source>No stops yet</source>
        <translation>尚未安排客户</translation>
    </message>
    <message>
        <source>The visit record form is not available in this version</source>
        <translation>此版本没有拜访记录表</translation>
    </message>
    <message>
        <source>Stops can be marked from their day on</source>
        <translation>到计划当天才能标记拜访结果</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>PlanStopModel</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>前一天（Alt+←）</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>后一天（Alt+→）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next working day</source>
        <translation>下一工作日</translation>
    </message>
    <message>
        <source>Print visit handbook</source>
        <translation>打印拜访手册</translation>
    </message>
    <message>
        <source>The day&apos;s visit handbook as a PDF: a cover with the stops, then one page per customer (Ctrl+P)</source>
        <translation>当天的拜访手册（PDF）：封面列出拜访顺序，之后每户一页（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Send the day&apos;s visit handbook to a printer</source>
        <translation>将当天的拜访手册发送到打印机</translation>
    </message>
    <message>
        <source>Added {n} to the plan.</source>
        <translation>已加入计划 {n} 户。</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Copied {n} stops to {date}.</source>
        <translation>已复制 {n} 户到 {date}。</translation>
    </message>
    <message>
        <source>{n} archived or suspended shops left out.</source>
        <translation>{n} 户已归档或停业，未复制。</translation>
    </message>
    <message>
        <source>{date} already has a plan with {stops} stops. Add the shops of this plan that it does not have yet, after its own?</source>
        <translation>{date} 已有拜访计划（{stops} 户）。是否把本计划中它还没有的客户追加到其后？</translation>
    </message>
    <message>
        <source>Copy plan</source>
        <translation>复制计划</translation>
    </message>
    <message>
        <source>Delete the plan of {date}? Its stops are taken off; visits already recorded are kept, planned ones are deleted.</source>
        <translation>删除 {date} 的拜访计划？计划中的客户将被移除；已记录的拜访保留，尚未拜访的计划拜访将被删除。</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Plan deleted; {kept} recorded visits kept.</source>
        <translation>计划已删除；保留已记录的拜访 {kept} 次。</translation>
    </message>
    <message>
        <source>Preparing the visit handbook…</source>
        <translation>正在生成拜访手册…</translation>
    </message>
    <message>
        <source>Visit handbook sent to the printer.</source>
        <translation>拜访手册已发送到打印机。</translation>
    </message>
    <message>
        <source>Visit handbook: {path}</source>
        <translation>拜访手册：{path}</translation>
    </message>
    <message>
        <source>Visit handbook</source>
        <translation>拜访手册</translation>
    </message>
    <message>
        <source>There is no plan for {date}: add customers to the plan first.</source>
        <translation>{date} 还没有拜访计划：请先把客户加入计划。</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>拜访计划</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <source>✓ Met</source>
        <translation>✓ 已达成</translation>
    </message>
    <message>
        <source>✗ Not yet</source>
        <translation>✗ 未达成</translation>
    </message>
    <message>
        <source>Review {date}</source>
        <translation>复查 {date}</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>拜访计划</translation>
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
        <source>No data yet</source>
        <translation>尚无数据</translation>
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
        <source>Progress counts the months after the plan was made: the first is {month}. No orders since then yet (margin = {basis}).</source>
        <translation>进度只计算制定方案之后的月份，第一个是 {month}。此后尚无订单（毛利率 = {basis}）。</translation>
    </message>
    <message>
        <source>Actual figures of {month}, the latest month of orders since the plan (margin = {basis}); star level from the evaluations after the plan.</source>
        <translation>实际值取自 {month}（制定方案后最近有订单的月份，毛利率 = {basis}）；星级取自方案之后的星级测评。</translation>
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
        <source>Plan not saved</source>
        <translation>方案未保存</translation>
    </message>
    <message>
        <source>Improvement plan of {date}</source>
        <translation>{date}的营销策划方案</translation>
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
        <source>Plan not deleted</source>
        <translation>方案未删除</translation>
    </message>
</context>
<context>
    <name>PreparationPanel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade} 档</translation>
    </message>
    <message>
        <source>Integrity {grade}</source>
        <translation>诚信 {grade}</translation>
    </message>
    <message>
        <source>every {days} days</source>
        <translation>每 {days} 天拜访</translation>
    </message>
    <message>
        <source>Last visit {date} ({kind})</source>
        <translation>上次拜访 {date}（{kind}）</translation>
    </message>
    <message>
        <source>No visit recorded yet.</source>
        <translation>尚无拜访记录。</translation>
    </message>
    <message>
        <source>Sales {start} – {end}</source>
        <translation>销售情况 {start} – {end}</translation>
    </message>
    <message>
        <source>No orders in these months.</source>
        <translation>这几个月没有订货。</translation>
    </message>
    <message>
        <source>Cartons</source>
        <translation>销量（条）</translation>
    </message>
    <message>
        <source>Purchase amount</source>
        <translation>购进金额</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Classes 1–2</source>
        <translation>一二类占比</translation>
    </message>
    <message>
        <source>Value per carton</source>
        <translation>单条值</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>主销品规</translation>
    </message>
    <message>
        <source>Class structure</source>
        <translation>价类结构</translation>
    </message>
    <message>
        <source>New products</source>
        <translation>新品</translation>
    </message>
    <message>
        <source>Listed recently: {names}</source>
        <translation>近期上柜：{names}</translation>
    </message>
    <message>
        <source>Not listed yet: {names}</source>
        <translation>尚未上柜：{names}</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>未完成的跟进事项</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Weakest star criteria ({code}, {date})</source>
        <translation>星级测评薄弱项（{code}，{date}）</translation>
    </message>
    <message>
        <source>Birthday: lunar {month}/{day}</source>
        <translation>生日：农历 {month}月{day}日</translation>
    </message>
    <message>
        <source>Birthday: {month}/{day}</source>
        <translation>生日：{month}月{day}日</translation>
    </message>
    <message>
        <source>today!</source>
        <translation>就是今天！</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>还有 {days} 天</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>方便联系时间</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>常用联系方式</translation>
    </message>
    <message>
        <source>Care notes</source>
        <translation>关怀提示</translation>
    </message>
    <message>
        <source>Care reminders, next 14 days</source>
        <translation>未来14天的关怀提醒</translation>
    </message>
</context>
<context>
    <name>PrepareTab</name>
    <message>
        <source>e.g. New product tasting: 黄金叶(乐途)</source>
        <translation>如：新品品鉴会：黄金叶(乐途)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> guests</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source> days after</source>
        <translation> 天后</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>容纳人数：</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>预算：</translation>
    </message>
    <message>
        <source>Follow-ups due:</source>
        <translation>回访期限：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Featured products</source>
        <translation>推介品规</translation>
    </message>
    <message>
        <source>Tick the products the event features; screening can look for the shops that do not list them yet</source>
        <translation>勾选活动推介的品规；筛选时可找出尚未经营这些品规的客户</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the event (Ctrl+S)</source>
        <translation>保存活动（Ctrl+S）</translation>
    </message>
    <message>
        <source>Not saved: see the fields marked above.</source>
        <translation>未保存：请查看上方标出的字段。</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>New product (新品)</source>
        <translation>新品</translation>
    </message>
    <message>
        <source>Scarce (紧俏)</source>
        <translation>紧俏</translation>
    </message>
    <message>
        <source>No longer sold (archived)</source>
        <translation>已停售（归档）</translation>
    </message>
    <message>
        <source>Code *</source>
        <translation>卷烟编码 *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>卷烟名称 *</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>生产厂家</translation>
    </message>
    <message>
        <source>Wholesale price per carton *</source>
        <translation>批发价（元/条）*</translation>
    </message>
    <message>
        <source>Price class</source>
        <translation>价类</translation>
    </message>
    <message>
        <source>Suggested retail price per carton</source>
        <translation>零售指导价（元/条）</translation>
    </message>
    <message>
        <source>Packs per carton</source>
        <translation>条包数</translation>
    </message>
    <message>
        <source>Tar</source>
        <translation>焦油量</translation>
    </message>
</context>
<context>
    <name>RecomputePreviewDialog</name>
    <message>
        <source>Recompute {month}</source>
        <translation>重新计算 {month}</translation>
    </message>
    <message>
        <source>Grades and value tiers for {month}, as the schemes give them now</source>
        <translation>按现行方案计算的 {month} 档位与价值分层</translation>
    </message>
    <message>
        <source>{moved} changes move a shop; {pinned} pinned overrides are kept as they are.</source>
        <translation>共 {moved} 项变动；{pinned} 项固定的手动调整保持不变。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Visit handbook-{date}.pdf</source>
        <translation>拜访手册-{date}.pdf</translation>
    </message>
    <message>
        <source>Monthly analysis-{month}.pdf</source>
        <translation>月度经营分析-{month}.pdf</translation>
    </message>
    <message>
        <source>Customer dossier-{shop}-{date}.pdf</source>
        <translation>客户档案-{shop}-{date}.pdf</translation>
    </message>
    <message>
        <source>Tiers report-{month}.pdf</source>
        <translation>分层分级报告-{month}.pdf</translation>
    </message>
    <message>
        <source>Festival care list-{festival}-{date}.pdf</source>
        <translation>节日关怀清单-{festival}-{date}.pdf</translation>
    </message>
    <message>
        <source>Invitation list-{theme}-{date}.pdf</source>
        <translation>邀约名单-{theme}-{date}.pdf</translation>
    </message>
    <message>
        <source>Sign-in sheet-{theme}-{date}.pdf</source>
        <translation>签到表-{theme}-{date}.pdf</translation>
    </message>
    <message>
        <source>Event summary-{theme}-{date}.pdf</source>
        <translation>活动总结-{theme}-{date}.pdf</translation>
    </message>
    <message>
        <source>Cultivation report-{product}-{date}.pdf</source>
        <translation>品牌培育报告-{product}-{date}.pdf</translation>
    </message>
    <message>
        <source>Visit summary-{date}.pdf</source>
        <translation>拜访总结-{date}.pdf</translation>
    </message>
    <message>
        <source>Visit summary-week-{date}.pdf</source>
        <translation>拜访总结-周-{date}.pdf</translation>
    </message>
    <message>
        <source>Visit summary-{shop}-{date}.pdf</source>
        <translation>拜访总结-{shop}-{date}.pdf</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>{path} could not be written: {detail}</source>
        <translation>无法写入 {path}：{detail}</translation>
    </message>
    <message>
        <source>The report is saved as
{path}</source>
        <translation>报表已保存为
{path}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No program to show PDF files could be started. The report is saved as
{path}</source>
        <translation>无法启动查看 PDF 文件的程序。报表已保存为
{path}</translation>
    </message>
    <message>
        <source>The folder {folder} could not be opened.</source>
        <translation>无法打开文件夹 {folder}。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of {path}. The current file is backed up first, so the restore can be undone from this same list.</source>
        <translation>选择用来替换 {path} 的备份。恢复前会先备份当前文件，所以这次恢复可以在同一个列表里撤销。</translation>
    </message>
    <message>
        <source>There are no backups of this workspace yet.</source>
        <translation>这个工作区还没有备份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Replace {path} with the backup of {backup}?

The current file is backed up first; to undo, restore that backup from this list.</source>
        <translation>用 {backup} 的备份替换 {path}？

会先备份当前文件；要撤销，在这个列表里恢复那个备份。</translation>
    </message>
    <message>
        <source>Restored the backup of {backup} into {path}.</source>
        <translation>已把 {backup} 的备份恢复到 {path}。</translation>
    </message>
    <message>
        <source>There was no file there to replace.</source>
        <translation>原位置没有需要替换的文件。</translation>
    </message>
    <message>
        <source>The file it replaced was saved as the backup of {replaced}; to undo this restore, restore that backup from File ▸ Restore from backup…</source>
        <translation>被替换的文件已保存为 {replaced} 的备份；要撤销这次恢复，请在 文件 ▸ 从备份恢复… 中恢复那个备份。</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>This workspace has no backups to restore: it is not a file on this computer.</source>
        <translation>这个工作区没有可恢复的备份：它不是本机上的文件。</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Workspace not reopened</source>
        <translation>工作区未能重新打开</translation>
    </message>
</context>
<context>
    <name>SafetyBanners</name>
    <message>
        <source>Don&apos;t show again</source>
        <translation>不再提示</translation>
    </message>
    <message>
        <source>Opened read-only: {reason} (you can view, export and print, but not change anything)</source>
        <translation>只读打开：{reason}（可以查看、导出和打印，不能修改）</translation>
    </message>
    <message>
        <source>This workspace is in a risky place: {risk}. SQLite&apos;s write-ahead log is not safe there and the file can be damaged; move the workspace to a folder on this computer.</source>
        <translation>工作区位置有风险：{risk}。SQLite 的预写日志（WAL）在那里不安全，文件可能损坏；请把工作区移到本机文件夹。</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>The customer&apos;s months with orders, newest first</source>
        <translation>该客户有订单的月份，最近的在前</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>品规</translation>
    </message>
    <message>
        <source>New products listed</source>
        <translation>新品上柜</translation>
    </message>
    <message>
        <source>Short supply</source>
        <translation>未订足</translation>
    </message>
    <message>
        <source>Demand inflation</source>
        <translation>需求虚高</translation>
    </message>
    <message>
        <source>No orders from this customer yet.</source>
        <translation>该客户还没有订单。</translation>
    </message>
    <message>
        <source>{month}: {products} products, average ¥{value} a carton</source>
        <translation>{month}：{products} 个品规，单条值 ¥{value}</translation>
    </message>
    <message>
        <source>{short}: a fall three months running cannot be told yet</source>
        <translation>{short}，尚无法判断连续三个月下滑</translation>
    </message>
    <message>
        <source>{what} fell three months running</source>
        <translation>{what}连续三个月下滑</translation>
    </message>
    <message>
        <source>demand inflation on {n} products</source>
        <translation>{n} 个品规需求虚高</translation>
    </message>
    <message>
        <source>Demand inflation: the requested quantity of a short-supplied product rose on at least {orders} orders in a row while supply did not.</source>
        <translation>需求虚高：紧俏品规的需求量连续至少{orders}次订货都在上升，供货量却没有增加。</translation>
    </message>
    <message>
        <source>The order history starts this month, so a first order cannot be told from a regular one.</source>
        <translation>订单历史从本月开始，无法区分首次订货和日常订货。</translation>
    </message>
</context>
<context>
    <name>Salons</name>
    <message>
        <source>Tasting</source>
        <translation>品鉴会</translation>
    </message>
    <message>
        <source>Retailer meeting</source>
        <translation>座谈会</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Finance salon</source>
        <translation>理财沙龙</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>其他活动</translation>
    </message>
    <message>
        <source>Not invited</source>
        <translation>未邀约</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀约</translation>
    </message>
    <message>
        <source>On a visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>待回复</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>婉拒</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>Listed the product</source>
        <translation>已上架</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已订货</translation>
    </message>
    <message>
        <source>Referred a shop</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>在名单上</translation>
    </message>
    <message>
        <source>Walked in</source>
        <translation>现场加入</translation>
    </message>
</context>
<context>
    <name>SalonsLabels</name>
    <message>
        <source>No outcome</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>Walked in</source>
        <translation>现场加入</translation>
    </message>
</context>
<context>
    <name>SalonsPage</name>
    <message>
        <source>Leaving the event</source>
        <translation>离开活动</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete “{theme}” of {day} with its list of {n} shops, their invitations, replies and attendance? The follow-ups already created stay on the shops&apos; records. This cannot be undone.</source>
        <translation>删除 {day} 的“{theme}”及其 {n} 户名单、邀约、回复和到场记录？已生成的回访仍保留在客户档案中。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>SalonsTables</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举办</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>In {n} days</source>
        <translation>还有 {n} 天</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀约</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>促成</translation>
    </message>
    <message>
        <source>Cost per attendee</source>
        <translation>人均成本</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>现场加入</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀约</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Invited on</source>
        <translation>邀约日期</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Invite on visit</source>
        <translation>拜访时邀约</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Seated with</source>
        <translation>同桌</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Confirmed but did not come</source>
        <translation>确认未到场</translation>
    </message>
    <message>
        <source>Showed interest</source>
        <translation>现场有意向</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>已在名单</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次拜访</translation>
    </message>
    <message>
        <source>Salons</source>
        <translation>参加沙龙</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Who brings it</source>
        <translation>谁带</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已备</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <source>Template (not edited yet)</source>
        <translation>模板（尚未修改）</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>Restore template…</source>
        <translation>恢复模板…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Restore template</source>
        <translation>恢复模板</translation>
    </message>
    <message>
        <source>Replace the scheme with the shipped template? It is saved as a new version; the versions before it stay in the history, and grades already given keep theirs.</source>
        <translation>用出厂模板替换此方案？模板将另存为一个新版本；之前的各版本仍保留在历史中，已评定的档位保留其原有版本。</translation>
    </message>
    <message>
        <source>Close {title}</source>
        <translation>关闭{title}</translation>
    </message>
</context>
<context>
    <name>SchemesGroup</name>
    <message>
        <source>Segments and grading schemes (分层分级)</source>
        <translation>分层分级方案</translation>
    </message>
    <message>
        <source>Segments…</source>
        <translation>区域类型…</translation>
    </message>
    <message>
        <source>Names, visit frequency, colour, service strategy and checklist; merge and archive</source>
        <translation>名称、拜访频次、颜色、服务策略与检查清单；合并与归档</translation>
    </message>
    <message>
        <source>Grade scheme…</source>
        <translation>档位方案…</translation>
    </message>
    <message>
        <source>Number of grades, measures and weights, score bands, new shops</source>
        <translation>档位数、度量与权重、分数段、新客户定档</translation>
    </message>
    <message>
        <source>Star scheme…</source>
        <translation>星级方案…</translation>
    </message>
    <message>
        <source>Star thresholds and the points of the measurable criteria</source>
        <translation>星级门槛与可计量指标的得分</translation>
    </message>
    <message>
        <source>Value-tier scheme…</source>
        <translation>价值分层方案…</translation>
    </message>
    <message>
        <source>Contribution and loyalty, the split, each tier&apos;s care plan</source>
        <translation>贡献与忠诚度、高低划分、各层维护方案</translation>
    </message>
    <message>
        <source>Custom fields…</source>
        <translation>自定义字段…</translation>
    </message>
    <message>
        <source>Numbers kept on every shop, such as assets under management; a value tier can be measured by one</source>
        <translation>每户记录的数值（如管户资产）；价值分层可按其中一个衡量贡献</translation>
    </message>
</context>
<context>
    <name>ScreeningTab</name>
    <message>
        <source>Set the criteria and press Screen.</source>
        <translation>设置条件后点“筛选”。</translation>
    </message>
    <message>
        <source>Save as invitees</source>
        <translation>存为邀约名单</translation>
    </message>
    <message>
        <source>The ticked shops become the event&apos;s list: new ones are added as not yet invited, unticked ones leave it unless already invited</source>
        <translation>勾选的客户成为活动名单：新加入的记为未邀约，取消勾选的移出名单（已邀约的除外）</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>区域类型：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>档位：</translation>
    </message>
    <message>
        <source>Stars:</source>
        <translation>星级：</translation>
    </message>
    <message>
        <source>Value tiers:</source>
        <translation>价值分层：</translation>
    </message>
    <message>
        <source>Tags (any):</source>
        <translation>标签（任一）：</translation>
    </message>
    <message>
        <source>Routes:</source>
        <translation>线路：</translation>
    </message>
    <message>
        <source>Only shops not yet listing the featured products</source>
        <translation>只选尚未经营推介品规的客户</translation>
    </message>
    <message>
        <source>Bought none of the event&apos;s featured products in the last three months</source>
        <translation>近三个月未进过活动推介的任何品规</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Not visited in:</source>
        <translation>未拜访天数：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Attended a salon before</source>
        <translation>参加过沙龙</translation>
    </message>
    <message>
        <source>Never attended</source>
        <translation>从未参加</translation>
    </message>
    <message>
        <source>Previous salons:</source>
        <translation>以往沙龙：</translation>
    </message>
    <message>
        <source>Any shop</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Only the target shops of a brand cultivation plan (品牌培育)</source>
        <translation>只选某个品牌培育计划的目标客户</translation>
    </message>
    <message>
        <source>Cultivation plan:</source>
        <translation>培育计划：</translation>
    </message>
    <message>
        <source>Follow the tiers&apos; care plans</source>
        <translation>遵循分层维护方案</translation>
    </message>
    <message>
        <source>Leave out the value tiers whose care plan does not invite to salons</source>
        <translation>排除维护方案中不邀请参加沙龙的价值分层</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Do-not-invite list…</source>
        <translation>不邀约名单…</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>{product} ({n} shops)</source>
        <translation>{product}（{n} 户）</translation>
    </message>
    <message>
        <source>{n} left out by the do-not-invite list</source>
        <translation>因不邀约名单排除 {n} 户</translation>
    </message>
    <message>
        <source>{n} left out by the tiers&apos; care plans</source>
        <translation>因分层维护方案排除 {n} 户</translation>
    </message>
    <message>
        <source>{n} shops match the criteria.</source>
        <translation>符合条件的客户 {n} 户。</translation>
    </message>
    <message>
        <source>{n} / {capacity} ticked</source>
        <translation>已勾选 {n} / {capacity}</translation>
    </message>
    <message>
        <source>{n} ticked (no capacity set)</source>
        <translation>已勾选 {n}（未设容纳人数）</translation>
    </message>
    <message>
        <source>{n} more than the event&apos;s capacity: untick some, or raise the capacity in Preparation.</source>
        <translation>超出活动容纳人数 {n} 户：请取消勾选部分客户，或在前期准备中提高容纳人数。</translation>
    </message>
    <message>
        <source>Invitees saved: {added} added, {removed} taken off, {kept} kept because they were already invited.</source>
        <translation>名单已保存：新增 {added} 户，移出 {removed} 户，{kept} 户因已邀约而保留。</translation>
    </message>
</context>
<context>
    <name>SegmentReassign</name>
    <message>
        <source>Change segment…</source>
        <translation>改区域类型…</translation>
    </message>
    <message>
        <source>Put the selected customers into one segment (Ctrl or Shift + click selects several)</source>
        <translation>把选中的客户归入同一区域类型（按住 Ctrl 或 Shift 点击可多选）</translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation>（无区域类型）</translation>
    </message>
    <message>
        <source>Change segment</source>
        <translation>改区域类型</translation>
    </message>
    <message>
        <source>Put the {n} selected customers into:</source>
        <translation>把选中的 {n} 家客户归入：</translation>
    </message>
    <message>
        <source>{n} customers moved to {segment}.</source>
        <translation>已将 {n} 家客户改为“{segment}”。</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <source>Segment</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>Visit every</source>
        <translation>拜访间隔</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
</context>
<context>
    <name>SegmentsEditor</name>
    <message>
        <source>Segments (区域类型)</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新建区域类型</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>并入…</translation>
    </message>
    <message>
        <source>Move this segment&apos;s shops into another segment and archive it</source>
        <translation>把此区域类型的客户移入另一区域类型，并归档此区域类型</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>What each visit to these shops should cover</source>
        <translation>每次拜访这些客户应做的事</translation>
    </message>
    <message>
        <source>One item a line, e.g. 核对价签</source>
        <translation>每行一项，例如 核对价签</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Visit every</source>
        <translation>拜访间隔</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Service strategy</source>
        <translation>服务策略</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>保存区域类型</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Segment colour</source>
        <translation>区域类型颜色</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>已保存“{name}”。</translation>
    </message>
    <message>
        <source>There is no other segment to merge into.</source>
        <translation>没有可并入的其他区域类型。</translation>
    </message>
    <message>
        <source>Merge segment</source>
        <translation>合并区域类型</translation>
    </message>
    <message>
        <source>Merge {name} into:</source>
        <translation>将“{name}”并入：</translation>
    </message>
    <message>
        <source>Move the {n} shops of {source} into {target} and archive {source}?</source>
        <translation>把“{source}”的 {n} 家客户移入“{target}”，并归档“{source}”？</translation>
    </message>
    <message>
        <source>{n} shops moved into {target}; {source} is archived.</source>
        <translation>已将 {n} 家客户移入“{target}”；“{source}”已归档。</translation>
    </message>
    <message>
        <source>{name} is archived.</source>
        <translation>“{name}”已归档。</translation>
    </message>
    <message>
        <source>{name} is in use again.</source>
        <translation>“{name}”已恢复使用。</translation>
    </message>
    <message>
        <source>Leave the segment</source>
        <translation>离开此区域类型</translation>
    </message>
    <message>
        <source>new segment</source>
        <translation>新区域类型</translation>
    </message>
    <message>
        <source>Segment {name}</source>
        <translation>区域类型“{name}”</translation>
    </message>
    <message>
        <source>Close the segments</source>
        <translation>关闭区域类型</translation>
    </message>
</context>
<context>
    <name>ServiceSection</name>
    <message>
        <source>Product</source>
        <translation>卷烟规格</translation>
    </message>
    <message>
        <source>Will try it</source>
        <translation>愿意试销</translation>
    </message>
    <message>
        <source>Will think about it</source>
        <translation>考虑一下</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Already stocks it</source>
        <translation>已经在卖</translation>
    </message>
    <message>
        <source>Owner&apos;s answer</source>
        <translation>店主答复</translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation>添加推荐</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Recommended {product}; owner: {answer}</source>
        <translation>推荐{product}，店主：{answer}</translation>
    </message>
    <message>
        <source>Recommended {product}</source>
        <translation>推荐{product}</translation>
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
        <source>What the gross margin is a rate of, on every screen and report. At the default, a shop whose products have no retail price shows the default margin rate as its margin.</source>
        <translation>毛利率按什么计算，所有界面和报表一致。默认按进货额计算：品规没有零售指导价的客户，毛利率即为默认毛利率。</translation>
    </message>
    <message>
        <source>Set in the grade scheme (分层分级方案 below)</source>
        <translation>在档位方案中设置（见下方“分层分级方案”）</translation>
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
        <source>Gross margin basis</source>
        <translation>毛利率计算基数</translation>
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
    <name>ShopBox</name>
    <message>
        <source>Type a shop&apos;s name or license</source>
        <translation>输入店名或许可证号</translation>
    </message>
</context>
<context>
    <name>ShopListPanel</name>
    <message>
        <source>Filter by name or license</source>
        <translation>按店名或许可证号筛选</translation>
    </message>
    <message>
        <source>Adjust by hand…</source>
        <translation>手动调整…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>Let the next recompute set the shop from its orders again</source>
        <translation>下次重新计算时按订货重新确定</translation>
    </message>
    <message>
        <source>All grades and tiers</source>
        <translation>全部档位和分层</translation>
    </message>
    <message>
        <source>Grades {low}–{high}</source>
        <translation>{low}–{high} 档</translation>
    </message>
    <message>
        <source>{shown} of {total} shops</source>
        <translation>{shown} / {total} 户</translation>
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
        <source>{name} {measure} → {points} points</source>
        <translation>{name} {measure} → {points} 分</translation>
    </message>
    <message>
        <source>Prefilled from the orders of {month}: {items}. Change what you judge differently.</source>
        <translation>已按 {month} 订单预填：{items}。判断不同之处请修改。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Prefilled from the orders of {month}: {items}.</source>
        <translation>按 {month} 订单预填：{items}。</translation>
    </message>
    <message>
        <source>{n} cartons</source>
        <translation>{n} 条</translation>
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
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>项目类别</translation>
    </message>
    <message>
        <source>Max pts</source>
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
    <name>StarSchemeEditor</name>
    <message>
        <source>Star scheme (星级)</source>
        <translation>星级方案</translation>
    </message>
    <message>
        <source>Star levels</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Lowest total</source>
        <translation>最低总分</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星数</translation>
    </message>
    <message>
        <source>Add threshold</source>
        <translation>添加门槛</translation>
    </message>
    <message>
        <source>Remove threshold</source>
        <translation>删除门槛</translation>
    </message>
    <message>
        <source>Thresholds (below the lowest: one star)</source>
        <translation>星级门槛（低于最低一档：一星）</translation>
    </message>
    <message>
        <source>{stars}: the star level, {integrity}: the integrity grade, {value_points}: the customer value points. 5A8 by default.</source>
        <translation>{stars}：星级，{integrity}：诚信等级，{value_points}：客户价值分。默认形如 5A8。</translation>
    </message>
    <message>
        <source>Result code form</source>
        <translation>结果代码格式</translation>
    </message>
    <message>
        <source>Points from the month&apos;s orders</source>
        <translation>按当月订单计分</translation>
    </message>
    <message>
        <source>Monthly cartons</source>
        <translation>月订货量</translation>
    </message>
    <message>
        <source>Cartons at least</source>
        <translation>订货量至少</translation>
    </message>
    <message>
        <source> cartons</source>
        <translation> 条</translation>
    </message>
    <message>
        <source>Class-1 share</source>
        <translation>一类烟占比</translation>
    </message>
    <message>
        <source>Share at least</source>
        <translation>占比至少</translation>
    </message>
    <message>
        <source>Average carton value</source>
        <translation>条均价</translation>
    </message>
    <message>
        <source>Yuan a carton at least</source>
        <translation>条均价至少</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>添加分段</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>删除分段</translation>
    </message>
</context>
<context>
    <name>StartDialogs</name>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Find the workspace</source>
        <translation>找到工作区</translation>
    </message>
    <message>
        <source>Fieldbook workspace (*.db)</source>
        <translation>工作区文件 (*.db)</translation>
    </message>
</context>
<context>
    <name>StoreCheckSection</name>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>已亮证</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>未亮证</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>齐全</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>不全</translation>
    </message>
    <message>
        <source>missing </source>
        <translation>缺 </translation>
    </message>
    <message>
        <source> labels</source>
        <translation> 张</translation>
    </message>
    <message>
        <source>Tidy</source>
        <translation>整齐</translation>
    </message>
    <message>
        <source>Fairly tidy</source>
        <translation>较整齐</translation>
    </message>
    <message>
        <source>Needs tidying</source>
        <translation>需整理</translation>
    </message>
    <message>
        <source>New-product leaflets missing</source>
        <translation>缺少新品宣传页</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>干净</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Untidy</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>e.g. replaced two price labels, moved the new product to eye level</source>
        <translation>如：补了两张价签，新品调到与视线平齐的位置</translation>
    </message>
    <message>
        <source>License shown</source>
        <translation>许可证亮证</translation>
    </message>
    <message>
        <source>Price labels (明码标价)</source>
        <translation>明码标价</translation>
    </message>
    <message>
        <source>Display (陈列)</source>
        <translation>陈列</translation>
    </message>
    <message>
        <source>POP material</source>
        <translation>POP 宣传品</translation>
    </message>
    <message>
        <source>Tidiness</source>
        <translation>店容店貌</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Photos are copied beside the workspace when the visit is saved; the original files are left as they are.</source>
        <translation>保存拜访时，照片会复制到工作区旁的文件夹中；原文件保持不变。</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>图片（{patterns}）</translation>
    </message>
</context>
<context>
    <name>SummarySection</name>
    <message>
        <source>How the visit went, what was agreed, what to do next time</source>
        <translation>拜访情况、商定事项、下次要做的事</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次拜访</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Follow-ups from this visit</source>
        <translation>本次拜访的跟进事项</translation>
    </message>
    <message>
        <source>None yet: tick Follow-up on an entry of the service or record step.</source>
        <translation>暂无：在“信息传递”或“需求与意见”的记录上勾选“跟进”。</translation>
    </message>
</context>
<context>
    <name>SwotTab</name>
    <message>
        <source>New analysis</source>
        <translation>新建分析</translation>
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
        <source>SWOT analysis not saved</source>
        <translation>SWOT分析未保存</translation>
    </message>
    <message>
        <source>SWOT analysis of {date}</source>
        <translation>{date}的 SWOT 分析</translation>
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
        <source>SWOT analysis not deleted</source>
        <translation>SWOT分析未删除</translation>
    </message>
</context>
<context>
    <name>TickedShopsPanel</name>
    <message>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>全不选</translation>
    </message>
</context>
<context>
    <name>TiersCharts</name>
    <message>
        <source>Shops</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Shops per grade</source>
        <translation>各档位户数</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Shops per value tier</source>
        <translation>各价值分层户数</translation>
    </message>
</context>
<context>
    <name>TiersLabels</name>
    <message>
        <source>Grade</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>Grade up</source>
        <translation>升档</translation>
    </message>
    <message>
        <source>Tier up</source>
        <translation>分层上升</translation>
    </message>
    <message>
        <source>Grade down</source>
        <translation>降档</translation>
    </message>
    <message>
        <source>Tier down</source>
        <translation>分层下降</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>新店</translation>
    </message>
    <message>
        <source>{reason} (pinned)</source>
        <translation>{reason}（固定）</translation>
    </message>
    <message>
        <source>grade {grade} · tier {tier}</source>
        <translation>档位{grade} · 分层{tier}</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <source>a removed custom field</source>
        <translation>已删除的自定义字段</translation>
    </message>
    <message>
        <source>Contribution ({field}{unit}, as kept in the dossiers)</source>
        <translation>贡献（档案中的{field}{unit}）</translation>
    </message>
    <message>
        <source>gross profit, ¥</source>
        <translation>毛利，元</translation>
    </message>
    <message>
        <source>purchase amount, ¥</source>
        <translation>进货额，元</translation>
    </message>
    <message>
        <source>cartons</source>
        <translation>条</translation>
    </message>
    <message>
        <source>Contribution ({measure}, last {months} months)</source>
        <translation>贡献（{measure}，近 {months} 个月）</translation>
    </message>
    <message>
        <source>Grades and value tiers</source>
        <translation>分层分级</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Months with order data, newest first</source>
        <translation>有订货数据的月份，最新在前</translation>
    </message>
    <message>
        <source>Recompute…</source>
        <translation>重新计算…</translation>
    </message>
    <message>
        <source>Compute every shop&apos;s grade and value tier for the month from its orders; you see who moves before anything is written</source>
        <translation>按订货重新计算每户当月的档位和价值分层；写入前先预览变动的客户</translation>
    </message>
    <message>
        <source>Undo last recompute</source>
        <translation>撤销本次重算</translation>
    </message>
    <message>
        <source>Put back every shop&apos;s grade and tier as they were before it</source>
        <translation>把每户的档位和分层恢复到重算之前</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Print tiers report</source>
        <translation>打印分层分级报告</translation>
    </message>
    <message>
        <source>The month&apos;s 分层分级报告 as an A4 PDF: distribution, movements with their reasons, the quadrant, the care plans</source>
        <translation>本月分层分级报告（A4 PDF）：分布、变动及原因、价值象限、关怀方案</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Undo this recompute</source>
        <translation>撤销本次重算</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Value × loyalty</source>
        <translation>价值 × 忠诚度</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>升降档</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <source>No order data yet: import order lines, then recompute a month.</source>
        <translation>还没有订货数据：请先导入订单明细，再重新计算某个月。</translation>
    </message>
    <message>
        <source>{month}: {graded} of {shops} shops graded ({grades} grades) · {moves} movements</source>
        <translation>{month}：{shops} 户中已定档 {graded} 户（共 {grades} 档）· 变动 {moves} 项</translation>
    </message>
    <message>
        <source>{month}: no grades or tiers for this month yet. Recompute it to grade the {shops} shops.</source>
        <translation>{month}：本月尚无档位和分层。重新计算即可为 {shops} 户定档。</translation>
    </message>
    <message>
        <source>Shops whose grade or value tier differs from the month before: {up} up, {down} down. Double-click a row or press Enter to open the dossier.</source>
        <translation>档位或价值分层与上月不同的客户：上升 {up} 项，下降 {down} 项。双击或按回车打开客户档案。</translation>
    </message>
    <message>
        <source>Fallen stars: {n} shops whose latest star evaluation of the month (for the newest month, up to today) has fewer stars than the one before it.</source>
        <translation>掉星：{n} 家零售户本月（最新月份算到今天）最近一次星级评定的星数低于上一次。</translation>
    </message>
    <message>
        <source>Fallen stars: no shop&apos;s star evaluation of the month fell below the one before it.</source>
        <translation>掉星：本月没有零售户的星级评定低于上一次。</translation>
    </message>
    <message>
        <source>Movements ({n}) · Fallen stars ({m})</source>
        <translation>升降档 ({n}) · 掉星 ({m})</translation>
    </message>
    <message>
        <source>Computing {month}…</source>
        <translation>正在计算 {month}…</translation>
    </message>
    <message>
        <source>Applying the recompute of {month}…</source>
        <translation>正在应用 {month} 的重新计算…</translation>
    </message>
    <message>
        <source>Recompute of {month} applied: {summary}.</source>
        <translation>{month} 的重新计算已应用：{summary}。</translation>
    </message>
    <message>
        <source>{kind} {up} up, {down} down, {same} unchanged, {new} new</source>
        <translation>{kind}上升 {up}、下降 {down}、不变 {same}、新增 {new}</translation>
    </message>
    <message>
        <source>Undoing the recompute…</source>
        <translation>正在撤销重新计算…</translation>
    </message>
    <message>
        <source>The recompute of {month} was undone: every shop&apos;s grade and tier are as they were.</source>
        <translation>{month} 的重新计算已撤销：每户的档位和分层已恢复原样。</translation>
    </message>
    <message>
        <source>{shop}: {kind} set by hand.</source>
        <translation>{shop}：已手动调整{kind}。</translation>
    </message>
    <message>
        <source>{shop} is no longer pinned: the next recompute sets it from its orders.</source>
        <translation>{shop} 已取消固定：下次重新计算时按订货确定。</translation>
    </message>
</context>
<context>
    <name>TiersQuadrant</name>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Loyalty (points)</source>
        <translation>忠诚度（分）</translation>
    </message>
</context>
<context>
    <name>TiersTables</name>
    <message>
        <source>+{n} cartons (≈{yuan}) → grade {grade}</source>
        <translation>再订 {n} 条（约 {yuan}）→ 第 {grade} 档</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>升降</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <source>To the next grade</source>
        <translation>距下一档</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>{before} → {after} stars</source>
        <translation>{before} 星 → {after} 星</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>评定日期</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>上次评定</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
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
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>New reminder…</source>
        <translation>新建提醒…</translation>
    </message>
    <message>
        <source>Festival care…</source>
        <translation>节日关怀…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>导出日历…</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>今日拜访</translation>
    </message>
    <message>
        <source>Care reminders</source>
        <translation>关怀提醒</translation>
    </message>
    <message>
        <source>Today and the next</source>
        <translation>今天及之后</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>All care reminders</source>
        <translation>全部关怀提醒</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>已办…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>推迟到明天</translation>
    </message>
    <message>
        <source>Until next Monday</source>
        <translation>推迟到下周一</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>推迟到某天…</translation>
    </message>
    <message>
        <source>Open shop</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Add to a day&apos;s plan…</source>
        <translation>加入拜访计划…</translation>
    </message>
    <message>
        <source>Copy greeting</source>
        <translation>复制祝福语</translation>
    </message>
    <message>
        <source>{date}, {weekday} · {n} to act on today</source>
        <translation>{date}，{weekday} · {n}条提醒待处理</translation>
    </message>
    <message>
        <source>No visits planned today: plan them on the Visits page.</source>
        <translation>今天没有安排拜访：可在拜访页制定计划。</translation>
    </message>
    <message>
        <source>{done} of {n} visits done.</source>
        <translation>已完成{done}/{n}户拜访。</translation>
    </message>
    <message>
        <source>{n} shops are beyond their visit cycle: &lt;a href=&quot;visits&quot;&gt;list them&lt;/a&gt; or plan them on the Visits page.</source>
        <translation>{n}户超出拜访周期：&lt;a href=&quot;visits&quot;&gt;列出来&lt;/a&gt;，或到拜访页安排。</translation>
    </message>
    <message>
        <source>Nothing due in this period.</source>
        <translation>这段时间没有到期的提醒。</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办</translation>
    </message>
    <message>
        <source>Note (optional), kept on the shop&apos;s timeline:</source>
        <translation>备注（可不填），记在这户的时间线上：</translation>
    </message>
    <message>
        <source>Marked done: {what}</source>
        <translation>已办：{what}</translation>
    </message>
    <message>
        <source>Snoozed until {date}: {what}</source>
        <translation>已推迟到{date}：{what}</translation>
    </message>
    <message>
        <source>Show the reminder again on:</source>
        <translation>哪天再提醒：</translation>
    </message>
    <message>
        <source>Add to a day&apos;s plan</source>
        <translation>加入拜访计划</translation>
    </message>
    <message>
        <source>Visit {shop} on:</source>
        <translation>哪天拜访{shop}：</translation>
    </message>
    <message>
        <source>{shop} added to the plan of {date}.</source>
        <translation>已把{shop}加入{date}的拜访计划。</translation>
    </message>
    <message>
        <source>Greeting copied: paste it into WeChat or a text message.</source>
        <translation>祝福语已复制，可粘贴到微信或短信。</translation>
    </message>
    <message>
        <source>Reminder added for {date}.</source>
        <translation>已添加{date}的提醒。</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>{n} events written to {path}: import the file into Outlook, WPS or a phone calendar.</source>
        <translation>已把{n}个事件写入 {path}，可导入 Outlook、WPS 或手机日历。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>… and {n} more on the Today page</source>
        <translation>……另有{n}条，见今日页</translation>
    </message>
    <message>
        <source>Fieldbook</source>
        <translation>客户经理工作台</translation>
    </message>
    <message>
        <source>{n} care reminders due today</source>
        <translation>今日有{n}条关怀提醒</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <source>Unsaved work</source>
        <translation>有未保存的内容</translation>
    </message>
    <message>
        <source>{action}: this work is not saved yet.

{items}

Save it first?</source>
        <translation>{action}：以下内容尚未保存。

{items}

先保存吗？</translation>
    </message>
</context>
<context>
    <name>ValueTierSchemeEditor</name>
    <message>
        <source>Value-tier scheme (价值分层)</source>
        <translation>价值分层方案</translation>
    </message>
    <message>
        <source>Contribution × loyalty</source>
        <translation>贡献 × 忠诚度</translation>
    </message>
    <message>
        <source>Gross profit (yuan)</source>
        <translation>毛利（元）</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Cartons</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>A custom field (设置 → 自定义字段) measures the contribution by the value kept in each dossier, such as assets under management</source>
        <translation>选自定义字段（设置 → 自定义字段）时，按每户档案中记录的数值衡量贡献，如管户资产</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献度量</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Months read</source>
        <translation>读取月数</translation>
    </message>
    <message>
        <source>Order regularity</source>
        <translation>订货规律性</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>合作年限</translation>
    </message>
    <message>
        <source>Integrity grade</source>
        <translation>诚信等级</translation>
    </message>
    <message>
        <source>Loyalty weights</source>
        <translation>忠诚度权重</translation>
    </message>
    <message>
        <source>At the territory&apos;s median</source>
        <translation>以全辖区中位数划分</translation>
    </message>
    <message>
        <source>At fixed thresholds</source>
        <translation>以固定阈值划分</translation>
    </message>
    <message>
        <source>High from</source>
        <translation>高低划分</translation>
    </message>
    <message>
        <source>In the contribution&apos;s unit: yuan or cartons</source>
        <translation>单位与贡献度量相同：元或条</translation>
    </message>
    <message>
        <source>Contribution at least</source>
        <translation>贡献至少</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Loyalty at least</source>
        <translation>忠诚度至少</translation>
    </message>
    <message>
        <source>Care plan per tier</source>
        <translation>各层维护方案</translation>
    </message>
    <message>
        <source>Custom field: {name}</source>
        <translation>自定义字段：{name}</translation>
    </message>
</context>
<context>
    <name>VisitHistoryView</name>
    <message>
        <source>Customer: name, pinyin, license no. (Ctrl+F)</source>
        <translation>客户：名称、拼音、许可证号（Ctrl+F）</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>全部线路</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录条数</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <source>Delete visit…</source>
        <translation>删除拜访…</translation>
    </message>
    <message>
        <source>Print visit summary</source>
        <translation>打印拜访总结</translation>
    </message>
    <message>
        <source>{n} visits, {done} done</source>
        <translation>{n} 次拜访，已完成 {done} 次</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>拜访总结</translation>
    </message>
    <message>
        <source>Delete the visit to {customer} on {date} with its entries, counts and {photos} photos? Its follow-ups stay. This cannot be undone.</source>
        <translation>删除 {date} 对{customer}的拜访及其记录、盘点和 {photos} 张照片吗？跟进事项会保留。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>删除拜访</translation>
    </message>
    <message>
        <source>Visit not deleted</source>
        <translation>拜访未删除</translation>
    </message>
</context>
<context>
    <name>VisitPlanLabels</name>
    <message>
        <source>Overdue {days} d</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation>从未拜访</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Every {days} days</source>
        <translation>每 {days} 天一次</translation>
    </message>
    <message>
        <source>Due on {date}</source>
        <translation>{date} 到期</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>{date} (phone)</source>
        <translation>{date}（电话）</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>Due now or overdue</source>
        <translation>今日到期及逾期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Not visited for…</source>
        <translation>超过…天未拜访</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Visited (phone)</source>
        <translation>已电话拜访</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已拜访</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未拜访</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>{name} is archived or suspended and cannot be planned.</source>
        <translation>{name} 已归档或停业，不能加入拜访计划。</translation>
    </message>
    <message>
        <source>{date} already has a plan with {stops} stops.</source>
        <translation>{date} 已有拜访计划（{stops} 户）。</translation>
    </message>
    <message>
        <source>The plan was changed meanwhile; it has been reloaded.</source>
        <translation>计划已被修改，已重新载入。</translation>
    </message>
    <message>
        <source>{name} is marked visited or missed; set it back to planned to remove it.</source>
        <translation>{name} 已标记为已拜访或未拜访；请先恢复为计划再移除。</translation>
    </message>
    <message>
        <source>The visits of {date} cannot be marked before that day.</source>
        <translation>{date} 的拜访要到当天才能标记。</translation>
    </message>
    <message>
        <source>A plan cannot be copied onto its own date.</source>
        <translation>不能把计划复制到同一天。</translation>
    </message>
    <message>
        <source>{date} has no plan to copy.</source>
        <translation>{date} 没有可复制的拜访计划。</translation>
    </message>
</context>
<context>
    <name>VisitRecordDialog</name>
    <message>
        <source>Visit record not saved</source>
        <translation>拜访记录未保存</translation>
    </message>
    <message>
        <source>This visit record has changes that are not saved.</source>
        <translation>这份拜访记录有尚未保存的修改。</translation>
    </message>
    <message>
        <source>Keep the draft to finish it later: it is offered again when you open this visit.</source>
        <translation>保留草稿以后再填：再次打开这次拜访时会提示恢复。</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>保存拜访</translation>
    </message>
    <message>
        <source>Keep draft</source>
        <translation>保留草稿</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Restore draft?</source>
        <translation>恢复草稿？</translation>
    </message>
    <message>
        <source>There is an unsaved draft of this visit record from {time}. Restore it?

No discards the draft.</source>
        <translation>这次拜访有一份 {time} 的未保存草稿。要恢复吗？

选“否”将删除该草稿。</translation>
    </message>
    <message>
        <source>Visit record: {title}</source>
        <translation>拜访记录：{title}</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>&amp;In person</source>
        <translation>上门拜访(&amp;I)</translation>
    </message>
    <message>
        <source>By &amp;phone</source>
        <translation>电话拜访(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <source>Left as it is, the end is set to the time you save a visit of today.</source>
        <translation>如不修改，保存当天拜访时结束时间自动取保存时刻。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Set the end time to now</source>
        <translation>把结束时间设为现在</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>拜访准备</translation>
    </message>
    <message>
        <source>Show or hide the preparation panel (F2)</source>
        <translation>显示或隐藏拜访准备栏（F2）</translation>
    </message>
    <message>
        <source>Store check</source>
        <translation>店面检查</translation>
    </message>
    <message>
        <source>Stock and order</source>
        <translation>库存盘点与建议订货</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>信息传递与服务</translation>
    </message>
    <message>
        <source>Needs and market</source>
        <translation>需求与意见、市场信息</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>&amp;Save visit</source>
        <translation>保存拜访(&amp;S)</translation>
    </message>
    <message>
        <source>Save the visit as done (Ctrl+S)</source>
        <translation>保存并标记为已拜访（Ctrl+S）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The visit record cannot be opened</source>
        <translation>无法打开拜访记录</translation>
    </message>
    <message>
        <source>Visit record — {customer}</source>
        <translation>拜访记录 — {customer}</translation>
    </message>
    <message>
        <source>done, editing the record</source>
        <translation>已拜访，修改记录</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>new visit</source>
        <translation>新拜访</translation>
    </message>
    <message>
        <source>Draft of {time} restored; not saved yet.</source>
        <translation>已恢复 {time} 的草稿，尚未保存。</translation>
    </message>
    <message>
        <source>Photos no longer found: {names}</source>
        <translation>以下照片已找不到：{names}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>Visit not saved</source>
        <translation>拜访未保存</translation>
    </message>
</context>
<context>
    <name>VisitRecordLabels</name>
    <message>
        <source>Greeting / care</source>
        <translation>问候与关怀</translation>
    </message>
    <message>
        <source>Store check note</source>
        <translation>店面检查备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Order advice</source>
        <translation>订货建议</translation>
    </message>
    <message>
        <source>Information passed on</source>
        <translation>信息传递</translation>
    </message>
    <message>
        <source>Product recommended</source>
        <translation>产品推荐</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Market information</source>
        <translation>市场信息</translation>
    </message>
    <message>
        <source>Competitor information</source>
        <translation>竞争对手信息</translation>
    </message>
    <message>
        <source>Price labels incomplete</source>
        <translation>明码标价不全</translation>
    </message>
    <message>
        <source>Price labels missing: {n}</source>
        <translation>缺价签 {n} 张</translation>
    </message>
    <message>
        <source>License not shown</source>
        <translation>许可证未亮证</translation>
    </message>
    <message>
        <source>Class 1</source>
        <translation>一类</translation>
    </message>
    <message>
        <source>Class 2</source>
        <translation>二类</translation>
    </message>
    <message>
        <source>Class 3</source>
        <translation>三类</translation>
    </message>
    <message>
        <source>Class 4</source>
        <translation>四类</translation>
    </message>
    <message>
        <source>Class 5</source>
        <translation>五类</translation>
    </message>
    <message>
        <source>{n} cartons</source>
        <translation>{n} 条</translation>
    </message>
    <message>
        <source>Forecast {month} cartons this month ÷ {days} order days = {per} per order; × ({cycle} + {ahead}) ÷ {cycle} (the order cycle plus the days to the next order) = need {need}</source>
        <translation>本月预测 {month} 条 ÷ {days} 个订货日 = 每次 {per} 条；× ({cycle} + {ahead}) ÷ {cycle}（订货周期加距下次订货天数）= 需求 {need} 条</translation>
    </message>
    <message>
        <source>; count the stock to get a suggestion.</source>
        <translation>；盘点库存后给出建议。</translation>
    </message>
    <message>
        <source> − stock {stock} = suggest {n} cartons</source>
        <translation> − 库存 {stock} 条 = 建议 {n} 条</translation>
    </message>
    <message>
        <source>No supply in the last {weeks} weeks: no suggestion; order what the owner asks for.</source>
        <translation>近{weeks}周无供货，不作建议；按店主意见订货。</translation>
    </message>
    <message>
        <source>Weekly average over {weeks} weeks {weekly} cartons; count the stock to get a suggestion.</source>
        <translation>近{weeks}周周均 {weekly} 条；盘点库存后给出建议。</translation>
    </message>
    <message>
        <source>Weekly average over {weeks} weeks {weekly} × cover {cover} weeks − stock {stock} = suggest {n} cartons</source>
        <translation>近{weeks}周周均 {weekly} 条 × 覆盖 {cover} 周 − 库存 {stock} 条 = 建议 {n} 条</translation>
    </message>
    <message>
        <source>Suggested order = this month&apos;s forecast ÷ the shop&apos;s order days × (order cycle + days to its next order) ÷ order cycle − stock counted; scarce products at most their latest supply. The visit handbook prints the same figures.</source>
        <translation>建议订货 = 本月预测 ÷ 本月订货次数 × (订货周期 + 距下次订货天数) ÷ 订货周期 − 盘点库存；紧俏品规不超过最近一次供货量。拜访手册上印的是同样的数字。</translation>
    </message>
    <message>
        <source>Products without a forecast: {rule}</source>
        <translation>无预测的品规：{rule}</translation>
    </message>
    <message>
        <source>; scarce: at most the latest supply, {n} cartons</source>
        <translation>；紧俏品规：不超过上次供货 {n} 条</translation>
    </message>
    <message>
        <source>Suggested order = weekly average supply of the last {weeks} weeks × {cover} weeks (until the next visit + 1 safety week) − stock counted; scarce products at most their latest supply. Supply counted {start} – {end}.</source>
        <translation>建议订货 = 近{weeks}周周均供货量 × {cover} 周（到下次拜访 + 1 周安全库存）− 盘点库存；紧俏品规不超过上次供货量。供货统计期间 {start} – {end}。</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Visit plan</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>拜访总结</translation>
    </message>
</context>
</TS>
