<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Analytics</name>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>%1 (won %2, lost %3)</source>
      <translation>%1（赢单 %2，丢单 %3）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>%1 by %2: no deal was won in %3, so there is no average deal to plan with.</source>
      <translation>%2 前达成 %1：%3 期间没有赢单，因此没有可用于规划的平均商机金额。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%1 days</source>
      <translation>%1 天</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>%1 in %2</source>
      <translation>%1，来自 %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>%1 in %2 takes %3 won deals at the average won deal of the last twelve months (%4, %5): %6. Weighted forecast of the period: %7 — %8.</source>
      <translation>要在 %2 达成 %1，按过去十二个月的平均赢单金额（%4，%5）%6 计算，需要赢单 %3 个。本期加权预测：%7 — %8。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>%1 more than the target</source>
      <translation>超出目标 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>%1 of %2 open deals</source>
      <translation>%1 个（共 %2 个进行中的商机）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>%1 open deals</source>
      <translation>%1 个进行中的商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>%1 short of the target</source>
      <translation>距目标还差 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%1 weighted, from %2 (%3 in full)</source>
      <translation>加权 %1，来自 %2（全额 %3）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%1 went on (%2 of %3)</source>
      <translation>%1 进入下一阶段（%3 个中的 %2 个）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%1 – %2</source>
      <translation>%1 – %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>%1 – %2 · open deals now: %3 · rotting: %4</source>
      <translation>%1 – %2 · 当前进行中的商机：%3 · 停滞：%4</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>%1:</source>
      <translation>%1：</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%n deal(s)</source>
      <translation>
        <numerusform>%n 个商机</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%n entered</source>
      <translation>
        <numerusform>进入 %n 个</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>%n open deal(s)</source>
      <translation>
        <numerusform>%n 个进行中的商机</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%n open now</source>
      <translation>
        <numerusform>当前进行中 %n 个</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%n won deal(s)</source>
      <translation>
        <numerusform>%n 个赢单商机</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>(set)</source>
      <translation>（设定）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Analytics</source>
      <translation>分析</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Average sales cycle</source>
      <translation>平均销售周期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Average won deal</source>
      <translation>平均赢单金额</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Calls per week</source>
      <translation>每周电话</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Chance to win</source>
      <translation>赢单机会</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Chance to win: measured from the last twelve months; “(set)” where history is thin and the stage's probability is used.</source>
      <translation>赢单机会：根据过去十二个月的数据测算；历史数据不足时采用阶段设定的概率，标为“（设定）”。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Conversion</source>
      <translation>转化率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Covered: every stage holds the deals the target needs.</source>
      <translation>已覆盖：每个阶段的商机数都满足目标所需。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Custom</source>
      <translation>自定义</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Days in stage</source>
      <translation>停留天数</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Deals</source>
      <translation>商机数</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Deals won %1, each converted at the rate of its close day.</source>
      <translation>%1 期间赢单的商机，均按各自成交日的汇率折算。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Diagnosis</source>
      <translation>诊断</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>E&amp;nter rates…</source>
      <translation>输入汇率(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Enter a target to see what the funnel must hold.</source>
      <translation>输入目标，查看销售漏斗中需要储备多少商机。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Enter the target as a positive amount, like 200000 or 200,000.50.</source>
      <translation>请输入正数金额作为目标，例如 200000 或 200,000.50。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Entered</source>
      <translation>进入</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Expor&amp;t PDF…</source>
      <translation>导出 PDF(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Forecast this month</source>
      <translation>本月预测</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Forecast this quarter</source>
      <translation>本季度预测</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Gap</source>
      <translation>缺口</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>In pipeline</source>
      <translation>销售漏斗中</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Key figures</source>
      <translation>关键指标</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Last 90 days</source>
      <translation>最近 90 天</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Lost in the period, by reason</source>
      <translation>本期丢单（按原因）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Needed</source>
      <translation>所需</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>No exchange rate for %1: amounts in it are left out of the totals below.</source>
      <translation>%1 没有汇率：以该币种计的金额未计入下方合计。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Not covered: %1.</source>
      <translation>未覆盖：%1。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Nothing stands out — or too little happened in the period to say (a finding needs at least 10 deals).</source>
      <translation>没有明显问题——或本期数据太少，无法判断（得出结论至少需要 10 个商机）。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Open pipeline</source>
      <translation>销售漏斗在途金额</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Overdue follow-ups</source>
      <translation>逾期跟进</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>P&amp;lan</source>
      <translation>规划(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>P&amp;rint…</source>
      <translation>打印(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Past their close date</source>
      <translation>已过成交日期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Peri&amp;od:</source>
      <translation>期间(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Print previe&amp;w…</source>
      <translation>打印预览(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Revenue tar&amp;get:</source>
      <translation>收入目标(&amp;G)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Rotting deals</source>
      <translation>停滞商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Target planner</source>
      <translation>目标规划</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>This quarter</source>
      <translation>本季度</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>This year</source>
      <translation>今年</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Visits per week</source>
      <translation>每周拜访</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Went on</source>
      <translation>推进</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Win rate</source>
      <translation>赢单率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Without a rate</source>
      <translation>无汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>e.g. 200000</source>
      <translation>例如 200000</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>no open deal expected to close</source>
      <translation>没有预计成交的进行中商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/figures.py" />
      <source>no reason given</source>
      <translation>未填写原因</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>none entered in the period</source>
      <translation>本期无商机进入</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>“%1” has no chance to win measured</source>
      <translation>“%1”尚无实测的赢单机会</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>“%1” lacks %n deal(s)</source>
      <translation>
        <numerusform>“%1”还缺 %n 个商机</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <location filename="../../salesdesk/ui/app.py" />
      <source>Not saved</source>
      <translation>未保存</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/app.py" />
      <source>Something went wrong; nothing was saved by the step that failed.

%1</source>
      <translation>出现错误；失败的这一步未保存任何内容。

%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/app.py" />
      <source>Unexpected error</source>
      <translation>意外错误</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>%1 already exists; choose another file or use --force</source>
      <translation>%1 已存在；请选择其他文件，或使用 --force</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>%1 does not exist</source>
      <translation>%1 不存在</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>%1 is damaged (%2); choose another backup</source>
      <translation>%1 已损坏（%2）；请选择其他备份</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>%1 is not a SalesDesk database</source>
      <translation>%1 不是 SalesDesk 数据库</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>a backup cannot be restored onto itself</source>
      <translation>备份不能恢复到它自身</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>a backup cannot replace the database it copies</source>
      <translation>备份不能覆盖它所复制的数据库</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>could not back up %1 to %2: %3</source>
      <translation>无法将 %1 备份到 %2：%3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>could not restore %1 from %2: %3</source>
      <translation>无法用 %2 恢复备份到 %1：%3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>restoring %1 failed (%2); its old state is in %3</source>
      <translation>恢复备份到 %1 失败（%2）；恢复前的数据保存在 %3</translation>
    </message>
  </context>
  <context>
    <name>Board</name>
    <message>
      <location filename="../../salesdesk/ui/board/column_widget.py" />
      <source>%1
weighted %2</source>
      <translation>%1
加权 %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>%1 shown of %2</source>
      <translation>显示 %1 个，共 %2 个</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/outcome_bar.py" />
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_model.py" />
      <source>%1 · checklist %2/%3 ready</source>
      <translation>%1 · 清单已完成 %2/%3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_model.py" />
      <source>%1 · qualification score %2 (gold traits minus poor traits)</source>
      <translation>%1 · 资格评分 %2（优质客户特征数减去劣质客户特征数）</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/card_delegate.py" />
      <source>%Ln day(s)</source>
      <translation>
        <numerusform>%Ln 天</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/column_widget.py" />
      <source>%Ln deal(s)</source>
      <translation>
        <numerusform>%Ln 个商机</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>%Ln open deal(s)</source>
      <translation>
        <numerusform>%Ln 个进行中的商机</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/column_widget.py" />
      <source>%Ln rotting</source>
      <translation>
        <numerusform>%Ln 个停滞</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>&amp;Closed and Held Deals</source>
      <translation>已关闭和暂停的商机(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>&amp;Edit Deal…</source>
      <translation>编辑商机(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>&amp;Filter Deals</source>
      <translation>筛选商机(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>&amp;Move to Stage</source>
      <translation>移到阶段(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>&amp;New Deal…</source>
      <translation>新建商机(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>&amp;Print Customer's Dossier</source>
      <translation>打印客户资料(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>&amp;Stage Settings…</source>
      <translation>阶段设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>+2 score</source>
      <translation>+2 评分</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_widget.py" />
      <source>Add a deal to this stage</source>
      <translation>在此阶段添加商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_forms.py" />
      <source>Add “%1”</source>
      <translation>添加“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>After the tier: the customer's qualification score, gold traits minus poor traits</source>
      <translation>等级之后：客户的资格评分，即优质客户特征数减去劣质客户特征数</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/filter_bar.py" />
      <source>All tiers</source>
      <translation>全部等级</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_forms.py" />
      <source>Change stages</source>
      <translation>更改阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/outcome_bar.py" />
      <source>Drop deals here to mark them lost (asks why); click to see the lost deals</source>
      <translation>将商机拖到此处标记为丢单（需填写原因）；点击查看丢单商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/outcome_bar.py" />
      <source>Drop deals here to mark them won; click to see the won deals</source>
      <translation>将商机拖到此处标记为赢单；点击查看赢单商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/outcome_bar.py" />
      <source>Drop deals here to put them on hold; click to see the deals on hold</source>
      <translation>将商机拖到此处暂停；点击查看暂停的商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_forms.py" />
      <source>Edit “%1”</source>
      <translation>编辑“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/filter_bar.py" />
      <source>Filter by deal, customer or company…</source>
      <translation>按商机、客户或公司筛选…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>Legend of the card marks</source>
      <translation>卡片标记图例</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/outcome_bar.py" />
      <source>Lost</source>
      <translation>丢单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Mark &amp;Lost…</source>
      <translation>标记为丢单(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Mark &amp;Won…</source>
      <translation>标记为赢单(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>Mark won</source>
      <translation>标记为赢单</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>Move %n deal(s) to %1</source>
      <translation>
        <numerusform>将 %n 个商机移到%1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Move to &amp;Next Stage</source>
      <translation>移到下一阶段(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Move to &amp;Previous Stage</source>
      <translation>移到上一阶段(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>Move “%1” to %2</source>
      <translation>将“%1”移到%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_model.py" />
      <source>Next activity overdue</source>
      <translation>下一步活动已逾期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_model.py" />
      <source>Next activity planned</source>
      <translation>已安排下一步活动</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_model.py" />
      <source>Next activity today</source>
      <translation>下一步活动在今天</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>No Won stage</source>
      <translation>没有赢单阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_widget.py" />
      <source>No deals</source>
      <translation>无商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/filter_bar.py" />
      <source>No next activity</source>
      <translation>无下一步活动</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_model.py" />
      <source>No next activity scheduled</source>
      <translation>未安排下一步活动</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>No open deals yet: add one with + on a column.</source>
      <translation>还没有进行中的商机：点击列上的 + 添加一个。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>No visit, call or task is planned for the deal</source>
      <translation>该商机未安排任何拜访、电话或任务</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_forms.py" />
      <source>Note on “%1”</source>
      <translation>为“%1”添加备注</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/outcome_bar.py" />
      <source>On hold</source>
      <translation>暂停</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>Only deals on hold can be closed from here.</source>
      <translation>只有暂停的商机才能在此关闭。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Open &amp;Customer</source>
      <translation>打开客户(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Plan &amp;Visit or Call…</source>
      <translation>安排拜访或电话(&amp;V)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Put on &amp;Hold</source>
      <translation>暂停商机(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Re&amp;open…</source>
      <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Re&amp;sume</source>
      <translation>恢复(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/filter_bar.py" />
      <source>Rotting only</source>
      <translation>仅显示停滞</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>Select a deal in the list first.</source>
      <translation>请先在列表中选择一个商机。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>Select a deal on the board first.</source>
      <translation>请先在看板上选择一个商机。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>That works on the board's open deals.</source>
      <translation>此操作仅适用于看板上进行中的商机。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>The %Ln deals are in the last stage. Mark them won?</source>
      <translation>
        <numerusform>这 %Ln 个商机已处于最后阶段。要标记为赢单吗？</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>The deals on the board are open; closed and held deals are in the list (Ctrl+Shift+D).</source>
      <translation>看板上显示的是进行中的商机；已关闭和暂停的商机在列表中（Ctrl+Shift+D）。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>The next visit, call or task is overdue</source>
      <translation>下一次拜访、电话或任务已逾期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>The next visit, call or task is planned for a later day</source>
      <translation>下一次拜访、电话或任务安排在之后的日期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>The next visit, call or task is today</source>
      <translation>下一次拜访、电话或任务在今天</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>The strip on the left is the customer's tier: dark A, middle B, light C</source>
      <translation>左侧色条表示客户等级：深色为 A，中间色为 B，浅色为 C</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>There is no Won stage.</source>
      <translation>没有赢单阶段。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/card_delegate.py" />
      <location filename="../../salesdesk/ui/board/filter_bar.py" />
      <source>Tier %1</source>
      <translation>%1 级</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_model.py" />
      <source>Tier %1 customer</source>
      <translation>%1 级客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_widget.py" />
      <source>Value:
%1

Weighted:
%2</source>
      <translation>金额：
%1

加权：
%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_widget.py" />
      <source>Win probability: %1%</source>
      <translation>赢单概率：%1%</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/outcome_bar.py" />
      <source>Won</source>
      <translation>赢单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_widget.py" />
      <source>enter the rate…</source>
      <translation>输入汇率…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>nothing planned</source>
      <translation>未安排</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>planned</source>
      <translation>已安排</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>tier A · B · C</source>
      <translation>等级 A · B · C</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>“%1” is in the first stage already.</source>
      <translation>“%1”已处于第一个阶段。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>“%1” is in the last stage, %2. Mark it won?</source>
      <translation>“%1”已处于最后阶段（%2）。要标记为赢单吗？</translation>
    </message>
  </context>
  <context>
    <name>Cadence</name>
    <message>
      <location filename="../../salesdesk/ui/visits/cadence_dialog.py" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/cadence_dialog.py" />
      <source>Follow-up Cadence</source>
      <translation>跟进节奏</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/cadence_dialog.py" />
      <source>Tier %1, every:</source>
      <translation>%1 级，每隔：</translation>
    </message>
  </context>
  <context>
    <name>Checklists</name>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>a checklist needs at least one item</source>
      <translation>清单至少需要一个条目</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>a template is already called “%1”</source>
      <translation>已有名为“%1”的模板</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>an item of “%1” is blank</source>
      <translation>“%1”中有一个条目为空</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>every group needs a name</source>
      <translation>每个分组都需要名称</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>that checklist template no longer exists</source>
      <translation>该清单模板已不存在</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>the template needs a name</source>
      <translation>请为模板命名</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1 does not exist</source>
      <translation>%1 不存在</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1 is a folder, not a SalesDesk database</source>
      <translation>%1 是文件夹，不是 SalesDesk 数据库</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1: added %2 (%3)</source>
      <translation>%1：已添加 %2（%3）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1: added nothing (%2)</source>
      <translation>%1：未添加任何内容（%2）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1: error: %2</source>
      <translation>%1：错误：%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1: read as %2</source>
      <translation>%1：按 %2 读取</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/cli.py" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n 页</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>--base and --from go with --set</source>
      <translation>--base 和 --from 需与 --set 一起使用</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>--encoding and --dry-run go with --import</source>
      <translation>--encoding 和 --dry-run 需与 --import 一起使用</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>--to must not be before --from</source>
      <translation>--to 不能早于 --from</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>1 %1 = %2 %3   %4 – %5</source>
      <translation>1 %1 = %2 %3   %4 – %5</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Checks the backup first, then keeps the database as it is now as a backup next to it, and copies the backup's contents into it.</source>
      <translation>先检查备份，再将数据库的当前状态作为备份保存在其旁边，然后将备份的内容复制到数据库中。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Good rows are imported in one transaction; every refused row is reported by its line number. Exit status 1 when any row was refused.</source>
      <translation>有效的行在一个事务中导入；每个被拒绝的行都会按行号报告。只要有行被拒绝，退出状态即为 1。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>No exchange rates yet.</source>
      <translation>还没有汇率。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>Open deals in %1 have no rate for today.</source>
      <translation>以 %1 计价的进行中商机没有今日汇率。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Open, won, lost and held deals, the most recently decided first. A closed or held deal's stage is the stage it was closed or put on hold from. --json writes money as a decimal string with its currency ("value": "1250.00", "currency": "EUR") and times in UTC (ISO 8601).</source>
      <translation>进行中、赢单、丢单和暂停的商机，最近决定的排在最前。已关闭或暂停商机的阶段，是它被关闭或暂停时所在的阶段。--json 将金额写为带币种的十进制字符串（"value": "1250.00", "currency": "EUR"），时间为 UTC（ISO 8601）。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>PDF to write</source>
      <translation>要写入的 PDF</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>SalesDesk does not speak %1; choose one of %2</source>
      <translation>SalesDesk 不支持 %1；请从 %2 中选择一种</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>SalesDesk: the offline desktop assistant for field sales reps.</source>
      <translation>SalesDesk：面向外勤销售代表的离线桌面助手。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>Totals are shown in %1.</source>
      <translation>合计以 %1 显示。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>UTF-8 CSV, spreadsheet-safe</source>
      <translation>UTF-8 CSV，可安全用于电子表格</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Without --set or --import, lists the rates and the currencies of open deals that have no rate today. A rate means 1 BASE = RATE CODE, valid from its day until the next rate of the same two currencies; the base is the reporting currency unless given. A file is CSV with date (YYYY-MM-DD), currency and rate per line (a header line naming them, and a base column, are optional); any line with a problem stores nothing, and every such line is reported. Exit status 1 when any line was refused.</source>
      <translation>不带 --set 或 --import 时，列出汇率以及今天没有汇率的进行中商机的币种。一条汇率表示 1 BASE = RATE CODE，自其生效日起有效，直到同一对币种的下一条汇率为止；除非另行指定，基准币种为报告币种。文件为 CSV，每行包含日期（YYYY-MM-DD）、币种和汇率（可选：一行列名标题，以及 base 列）；有问题的行不会存储任何内容，并且每一行都会报告。只要有行被拒绝，退出状态即为 1。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Without a command, starts the app. The default database lives in your user data folder; a new database gets sample data unless --empty is given.</source>
      <translation>不带命令时启动应用。默认数据库位于用户数据文件夹中；新数据库会填入示例数据，除非指定 --empty。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Works without a display. --day prints a first page with the day's route, then the dossier of every customer visited that day, in visit order.</source>
      <translation>无需显示器即可运行。--day 先打印一页当天的路线，再按拜访顺序打印当天拜访的每位客户的客户资料。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>a day of visits</source>
      <translation>拜访的日期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>a row that matches an existing customer (same e-mail, phone, or name and company) but has other values: fill the customer's empty fields (default), add it as another customer, or skip it. Rows already there are always skipped.</source>
      <translation>与现有客户匹配（电子邮件、电话相同，或姓名和公司相同）但其他值不同的行：补填该客户的空白字段（默认）、另作一位客户添加，或跳过。已存在的相同行总是跳过。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>area to show first</source>
      <translation>首先显示的区域</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>country of phone numbers written without +country code (default from LANG: %(default)s)</source>
      <translation>未写 +国家代码 的电话号码所属的国家（默认取自 LANG：%(default)s）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>database file to open</source>
      <translation>要打开的数据库文件</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>deals need customers: give --customers of at least 1</source>
      <translation>商机需要客户：--customers 至少为 1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>do not fill a new database with sample data</source>
      <translation>新数据库不填入示例数据</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>fill a database with generated sample data at any scale</source>
      <translation>用生成的示例数据填充数据库（规模任意）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>import customers from a .csv (header row) or .vcf file</source>
      <translation>从 .csv（含标题行）或 .vcf 文件导入客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>imported %1 customer(s); updated %2; skipped %3 already there; refused %4 row(s)</source>
      <translation>已导入 %1 位客户；已更新 %2 位；跳过 %3 位已存在的客户；拒绝 %4 行</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>imported %1 rate(s); replaced %2; %3 already there; %4 repeated line(s) taken once</source>
      <translation>已导入 %1 条汇率；替换 %2 条；%3 条已存在；%4 行重复，只取一次</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>imported nothing: %1 line(s) refused</source>
      <translation>未导入任何内容：%1 行被拒绝</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>importing: %1% (line %2 of about %3)</source>
      <translation>正在导入：%1%（第 %2 行，约共 %3 行）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>kept 1 %1 = %2 %3 from %4</source>
      <translation>已保留 1 %1 = %2 %3，自 %4 起</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>list every deal with its stage, status, value, customer, dates and lost reason</source>
      <translation>列出所有商机及其阶段、状态、金额、客户、日期和丢单原因</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>list the rates as JSON</source>
      <translation>以 JSON 列出汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>list, set or import exchange rates (totals are shown in the reporting currency)</source>
      <translation>列出、设置或导入汇率（合计以报告币种显示）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>make a new database at --db even where an empty (0-byte) file is</source>
      <translation>即使 --db 处是一个空文件（0 字节），也在该处新建数据库</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>must not be negative: %1</source>
      <translation>不能为负数：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>not a date (YYYY-MM-DD): %1</source>
      <translation>不是日期（YYYY-MM-DD）：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>not a whole number: %1</source>
      <translation>不是整数：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>now</source>
      <translation>至今</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>only report what would be imported</source>
      <translation>只报告将会导入的内容</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>options</source>
      <translation>选项</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>positional arguments</source>
      <translation>位置参数</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>print JSON instead of a table</source>
      <translation>输出 JSON 而不是表格</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>print customer dossiers to PDF: one customer, or everyone visited on a day</source>
      <translation>将客户资料打印为 PDF：单个客户，或某天拜访的所有客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>put a backup back in place of a database</source>
      <translation>用备份替换数据库</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>render the window (1280x800) to a PNG file and exit</source>
      <translation>将窗口（1280x800）渲染为 PNG 文件后退出</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>replace the file given with --out if it exists</source>
      <translation>如果 --out 指定的文件已存在，则替换它</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>replaced 1 %1 = %2 %3 from %4</source>
      <translation>已替换 1 %1 = %2 %3，自 %4 起</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>restored %1 from %2</source>
      <translation>已从 %2 恢复 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>restored %1 from %2; its previous state is kept in %3</source>
      <translation>已从 %2 恢复 %1；其原有状态保存在 %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>salesdesk: error: %1</source>
      <translation>salesdesk：错误：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>salesdesk: error: %1: %2</source>
      <translation>salesdesk：错误：%1：%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>salesdesk: warning: no %1 font is installed; %1 text is left out (on Debian/Ubuntu: apt install fonts-noto-cjk)</source>
      <translation>salesdesk：警告：未安装%1字体，%1文字将被省略（在 Debian/Ubuntu 上：apt install fonts-noto-cjk）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>show program's version number and exit</source>
      <translation>显示程序版本号并退出</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>show this help message and exit</source>
      <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>store the rate of one currency</source>
      <translation>存储一种币种的汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>stored 1 %1 = %2 %3 from %4</source>
      <translation>已存储 1 %1 = %2 %3，自 %4 起</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>the customer's id</source>
      <translation>客户的 id</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>the file's encoding when it is not UTF-8 or UTF-16 with a byte order mark (e.g. cp1252, cp1250, cp1251, latin-1)</source>
      <translation>文件不是 UTF-8 或带字节顺序标记的 UTF-16 时，文件的编码（例如 cp1252、cp1250、cp1251、latin-1）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>the funnel, key figures and diagnosis of a period (last 90 days)</source>
      <translation>某一期间（默认最近 90 天）的销售漏斗、关键指标和诊断</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>the language of messages, dates and numbers: %1 (default: the one chosen in Preferences, else the system's)</source>
      <translation>消息、日期和数字所用的语言：%1（默认：偏好设置中选择的语言，否则为系统语言）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>the rate “%1” is not a number (write it like 1.0856)</source>
      <translation>汇率“%1”不是数字（请写成 1.0856 这样的格式）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>the rep's country, whose territory the customers live in (default from LANG: %(default)s)</source>
      <translation>销售代表所在国家，客户都位于其辖区内（默认取自 LANG：%(default)s）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>usage: </source>
      <translation>用法：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>vCard 3.0</source>
      <translation>vCard 3.0</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>where to write (default: next to the database)</source>
      <translation>写入位置（默认：数据库旁边）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>which deals (default: all)</source>
      <translation>哪些商机（默认：全部）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>with --import: only check the file</source>
      <translation>配合 --import：只检查文件</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>with --import: the file's encoding</source>
      <translation>配合 --import：文件的编码</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>with --set (today)</source>
      <translation>配合 --set（今天）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>with --set: 1 BASE = RATE CODE</source>
      <translation>配合 --set：1 BASE = RATE CODE</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>would import %1 customer(s); would update %2; skipped %3 already there; refused %4 row(s)</source>
      <translation>将导入 %1 位客户；将更新 %2 位；跳过 %3 位已存在的客户；拒绝 %4 行</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>would import %1 rate(s); %2 repeated line(s)</source>
      <translation>将导入 %1 条汇率；%2 行重复</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>write a consistent copy of a database</source>
      <translation>写出数据库的一致副本</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>write every customer to CSV or vCard</source>
      <translation>将所有客户写入 CSV 或 vCard</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>write the one-page weekly funnel report as PDF</source>
      <translation>将一页的每周销售漏斗报告写为 PDF</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>write the planned visits of a period as an iCalendar file</source>
      <translation>将某一期间计划的拜访写入 iCalendar 文件</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>wrote %1 customer(s) to %2</source>
      <translation>已将 %1 位客户写入 %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/cli.py" />
      <source>wrote %n dossier(s) on %1 to %2</source>
      <translation>
        <numerusform>已将 %n 份客户资料（共 %1）写入 %2</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/cli.py" />
      <source>wrote %n planned activit(y|ies) to %1</source>
      <translation>
        <numerusform>已将 %n 项计划活动写入 %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/cli.py" />
      <source>wrote the funnel report (%n page(s)) to %1</source>
      <translation>
        <numerusform>已将销售漏斗报告（%n 页）写入 %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CloseVisit</name>
    <message>
      <location filename="../../salesdesk/ui/visits/close_dialog.py" />
      <source>Plan it for</source>
      <translation>安排在</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/close_dialog.py" />
      <source>e.g. Send the revised offer</source>
      <translation>例如：发送修改后的报价</translation>
    </message>
  </context>
  <context>
    <name>Company</name>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Company News</source>
      <translation>公司动态</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Earlier Purchase</source>
      <translation>过往采购</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Key Person</source>
      <translation>关键人物</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Known</source>
      <translation>已知</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Nobody noted</source>
      <translation>未记录</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Not known</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Only a rumour so far</source>
      <translation>目前只是传闻</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>not known</source>
      <translation>未知</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Edit Contact Details</source>
      <translation>编辑联系方式</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Known</source>
      <translation>已知</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>No preference</source>
      <translation>无偏好</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Tier %1</source>
      <translation>%1 级</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Where the address is: the day's route then measures the distance</source>
      <translation>地址所在位置：当天的路线据此计算距离</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Year known</source>
      <translation>年份已知</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>latitude, longitude, e.g. 40.4168, -3.7038</source>
      <translation>纬度, 经度（例如 40.4168, -3.7038）</translation>
    </message>
  </context>
  <context>
    <name>Customers</name>
    <message>
      <location filename="../../salesdesk/core/operations/referrals.py" />
      <source>%1 was already named by this customer</source>
      <translation>这位客户已经介绍过 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Delete objection</source>
      <translation>删除异议</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit company news</source>
      <translation>编辑公司动态</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit contact details</source>
      <translation>编辑联系方式</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit family member</source>
      <translation>编辑家庭成员</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit guiding questions</source>
      <translation>编辑引导问题</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit important date</source>
      <translation>编辑重要日期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit key person</source>
      <translation>编辑关键人物</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit objection</source>
      <translation>编辑异议</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit profile answer</source>
      <translation>编辑档案回答</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit purchase</source>
      <translation>编辑采购记录</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Mark answer important</source>
      <translation>将回答标为重要</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Note a fact</source>
      <translation>记录信息</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Note about “%1”</source>
      <translation>关于“%1”的备注</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Record objection</source>
      <translation>记录异议</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Record referrals</source>
      <translation>记录转介绍</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Remove company news</source>
      <translation>移除公司动态</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Remove fact</source>
      <translation>移除信息</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Remove family member</source>
      <translation>移除家庭成员</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Remove important date</source>
      <translation>移除重要日期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Remove key person</source>
      <translation>移除关键人物</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Remove purchase</source>
      <translation>移除采购记录</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Tick trait</source>
      <translation>勾选特征</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Untick trait</source>
      <translation>取消勾选特征</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/referrals.py" />
      <source>ask for at most %1 at a time</source>
      <translation>每次最多记录 %1 位转介绍人选</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>choose someone else of the company</source>
      <translation>请选择该公司的其他人员</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>name the customer's company first (Edit details…)</source>
      <translation>请先填写客户的公司（编辑详情…）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>news cannot lie in the future</source>
      <translation>动态的日期不能晚于今天</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/family.py" />
      <source>say what the date is</source>
      <translation>请说明这是什么日期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>say what was bought</source>
      <translation>请说明采购了什么</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/notes.py" />
      <source>that customer no longer exists</source>
      <translation>该客户已不存在</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/notes.py" />
      <source>that deal is not one of the customer's</source>
      <translation>该商机不属于这位客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <location filename="../../salesdesk/core/operations/row_change.py" />
      <source>that entry no longer exists; open the card again</source>
      <translation>该条目已不存在；请重新打开档案</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <source>that fact no longer exists; open the card again</source>
      <translation>该信息已不存在；请重新打开档案</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>the amount cannot be negative</source>
      <translation>金额不能为负数</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <source>the answer is longer than %1 characters</source>
      <translation>回答超过了 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <source>the birthday lies in the future</source>
      <translation>生日不能晚于今天</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the city is longer than %1 characters</source>
      <translation>城市名称超过了 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the company is longer than %1 characters</source>
      <translation>公司名称超过了 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the country is longer than %1 characters</source>
      <translation>国家/地区名称超过了 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>the currency is a three-letter code such as EUR</source>
      <translation>币种应为三个字母的代码，例如 EUR</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the customer needs a name</source>
      <translation>请填写客户姓名</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <source>the fact is longer than %1 characters</source>
      <translation>信息超过了 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <source>the name is longer than %1 characters</source>
      <translation>姓名超过了 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/notes.py" />
      <source>the note is empty</source>
      <translation>备注为空</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/notes.py" />
      <source>the note is longer than %1 characters</source>
      <translation>备注超过了 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the notes is longer than %1 characters</source>
      <translation>备注超过了 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the position is longer than %1 characters</source>
      <translation>职位超过了 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the postal code is longer than %1 characters</source>
      <translation>邮政编码超过了 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the street is longer than %1 characters</source>
      <translation>街道地址超过了 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <source>the text is longer than %1 characters</source>
      <translation>文字超过了 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <location filename="../../salesdesk/core/operations/qualification.py" />
      <location filename="../../salesdesk/core/operations/referrals.py" />
      <location filename="../../salesdesk/core/queries/profile.py" />
      <source>there is no customer %1</source>
      <translation>不存在客户 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/referrals.py" />
      <source>there is no deal %1</source>
      <translation>不存在商机 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <source>there is no question %1</source>
      <translation>不存在问题 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/referrals.py" />
      <source>write down at least one name</source>
      <translation>请至少填写一个姓名</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <source>write down the name</source>
      <translation>请填写姓名</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>write down what happened</source>
      <translation>请写下发生了什么</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <source>write the fact down first</source>
      <translation>请先写下信息内容</translation>
    </message>
  </context>
  <context>
    <name>CustomersView</name>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>&amp;History</source>
      <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>&amp;Profile</source>
      <translation>档案(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>All sources</source>
      <translation>全部来源</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>All tiers</source>
      <translation>全部等级</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Answer not saved</source>
      <translation>回答未保存</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Birthday in the next 14 days</source>
      <translation>14 天内过生日</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Contacted any time</source>
      <translation>不限联系时间</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Customers: %1 · tier A: %2 · B: %3 · C: %4</source>
      <translation>客户：%1 · A 级：%2 · B 级：%3 · C 级：%4</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Edit Contact Details…</source>
      <translation>编辑联系方式…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Fact not saved</source>
      <translation>信息未保存</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Found %1 of %2 customers · tier A: %3 · B: %4 · C: %5</source>
      <translation>找到 %1 位客户（共 %2 位）· A 级：%3 · B 级：%4 · C 级：%5</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Guiding questions…</source>
      <translation>引导问题…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Last contact</source>
      <translation>最近联系</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>No customers yet.</source>
      <translation>还没有客户。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Not contacted for </source>
      <translation>未联系超过 </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Note not saved</source>
      <translation>备注未保存</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Plan Visit…</source>
      <translation>安排拜访…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Position</source>
      <translation>职位</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Reword, reorder, add or retire the profile questions</source>
      <translation>改写、重新排序、添加或停用档案问题</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Search names, companies, phones, e-mails, notes and answers… (Esc clears)</source>
      <translation>搜索姓名、公司、电话、电子邮件、备注和回答…（Esc 清除）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Tier %1</source>
      <translation>%1 级</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Trait not saved</source>
      <translation>特征未保存</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/card_dialogs.py" />
      <source>Whom else do they know who could use what we offer?</source>
      <translation>他们还认识谁可能需要我们的产品或服务？</translation>
    </message>
  </context>
  <context>
    <name>DatabaseDialogs</name>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>%1 already exists. Choose another name, or open it instead.</source>
      <translation>%1 已存在。请换一个名称，或直接打开它。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>A backup cannot replace the database it copies.</source>
      <translation>备份不能覆盖它所复制的数据库。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>Backup failed</source>
      <translation>备份失败</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>Cannot open the database</source>
      <translation>无法打开数据库</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>New database</source>
      <translation>新建数据库</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>Open database</source>
      <translation>打开数据库</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>SalesDesk databases (*.sqlite *.db);;All files (*)</source>
      <translation>SalesDesk 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
  </context>
  <context>
    <name>DealEditor</name>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>%1:</source>
      <translation>%1：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>&amp;History</source>
      <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>&amp;Notes:</source>
      <translation>备注(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>&amp;Probability:</source>
      <translation>赢单概率(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>&amp;Stage:</source>
      <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>&amp;Title:</source>
      <translation>标题(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>&amp;Value:</source>
      <translation>金额(&amp;V)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>C&amp;ustomer:</source>
      <translation>客户(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Close &amp;date:</source>
      <translation>成交日期(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Confirmed</source>
      <translation>已确认</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Deal</source>
      <translation>商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Edit Deal</source>
      <translation>编辑商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Expected</source>
      <translation>预计</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Mark &amp;lost…</source>
      <translation>标记为丢单(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Mark &amp;won…</source>
      <translation>标记为赢单(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Put on &amp;hold</source>
      <translation>暂停商机(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Qualification</source>
      <translation>资格审查</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Re&amp;open…</source>
      <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Re&amp;sume</source>
      <translation>恢复(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Stage default</source>
      <translation>阶段默认值</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>State:</source>
      <translation>状态：</translation>
    </message>
  </context>
  <context>
    <name>DealList</name>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>%1 (retired)</source>
      <translation>%1（已停用）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>%1 of %2 deals · %3</source>
      <translation>%1 / %2 个商机 · %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>All reasons</source>
      <translation>全部原因</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Any time</source>
      <translation>不限时间</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Back to the board (Ctrl+Shift+D)</source>
      <translation>返回看板（Ctrl+Shift+D）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Between…</source>
      <translation>自定义范围…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Closed and held deals</source>
      <translation>已关闭和暂停的商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Created</source>
      <translation>创建日期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Deal</source>
      <translation>商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>From stage</source>
      <translation>原阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Last 12 months</source>
      <translation>最近 12 个月</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Last 30 days</source>
      <translation>最近 30 天</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Last 90 days</source>
      <translation>最近 90 天</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Lost</source>
      <translation>丢单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>No deals are closed or on hold yet.</source>
      <translation>还没有已关闭或暂停的商机。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>On</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>On hold</source>
      <translation>暂停</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Reopen…</source>
      <translation>重新打开…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Resume</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Search deal, customer, company or reason…</source>
      <translation>搜索商机、客户、公司或原因…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>This year</source>
      <translation>今年</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Won</source>
      <translation>赢单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>◀ Board</source>
      <translation>◀ 看板</translation>
    </message>
  </context>
  <context>
    <name>DealState</name>
    <message>
      <location filename="../../salesdesk/ui/deals/states.py" />
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/states.py" />
      <source>Lost on %1 for %2</source>
      <translation>%1 丢单，原因：%2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/states.py" />
      <source>On hold since %1 (%Ln day(s)), from %2</source>
      <translation>
        <numerusform>自 %1 起暂停（%Ln 天），原阶段：%2</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/states.py" />
      <source>Open in %1 for %Ln day(s)</source>
      <translation>
        <numerusform>处于%1阶段已 %Ln 天</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/states.py" />
      <source>Won on %1</source>
      <translation>%1 赢单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/states.py" />
      <source>no reason given</source>
      <translation>未填写原因</translation>
    </message>
  </context>
  <context>
    <name>Deals</name>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>%1 is not an ISO 4217 currency code</source>
      <translation>%1 不是 ISO 4217 币种代码</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>a deal is listed twice</source>
      <translation>有商机重复列出</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>choose an open stage of the funnel</source>
      <translation>请选择销售漏斗中进行中的阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>choose the customer of the deal</source>
      <translation>请选择商机所属的客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>deals are created in open stages</source>
      <translation>商机只能在进行中的阶段创建</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>lost</source>
      <translation>丢单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>name the customer</source>
      <translation>请填写客户名称</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>no deals chosen</source>
      <translation>未选择商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>no deals to move</source>
      <translation>没有要移动的商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>on hold</source>
      <translation>暂停</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are on hold can be resumed; %2 of them are %1</source>
      <translation>只有暂停的商机才能恢复；其中 %2 个商机的状态是“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are on hold can be resumed; one of them is %1</source>
      <translation>只有暂停的商机才能恢复；其中一个商机的状态是“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open can be put on hold; %2 of them are %1</source>
      <translation>只有进行中的商机才能暂停；其中 %2 个商机的状态是“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open can be put on hold; one of them is %1</source>
      <translation>只有进行中的商机才能暂停；其中一个商机的状态是“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open or on hold can be marked lost; %2 of them are %1</source>
      <translation>只有进行中或暂停的商机才能标记为丢单；其中 %2 个商机的状态是“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open or on hold can be marked lost; one of them is %1</source>
      <translation>只有进行中或暂停的商机才能标记为丢单；其中一个商机的状态是“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open or on hold can be marked won; %2 of them are %1</source>
      <translation>只有进行中或暂停的商机才能标记为赢单；其中 %2 个商机的状态是“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open or on hold can be marked won; one of them is %1</source>
      <translation>只有进行中或暂停的商机才能标记为赢单；其中一个商机的状态是“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are won or lost can be reopened; %2 of them are %1</source>
      <translation>只有赢单或丢单的商机才能重新打开；其中 %2 个商机的状态是“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are won or lost can be reopened; one of them is %1</source>
      <translation>只有赢单或丢单的商机才能重新打开；其中一个商机的状态是“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>say why the deal was lost</source>
      <translation>请说明丢单原因</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>that lost reason is no longer on the list; choose another</source>
      <translation>该丢单原因已不在列表中；请另选一个</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the currency is a three-letter code such as EUR</source>
      <translation>币种应为三个字母的代码，例如 EUR</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the customer's name is too long</source>
      <translation>客户名称太长</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the deal needs a title</source>
      <translation>请填写商机标题</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>the detail is longer than %1 characters</source>
      <translation>详情超过了 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>the lost reason "%1" is retired; choose another</source>
      <translation>丢单原因“%1”已停用；请另选一个</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the probability is 0 to 100 %</source>
      <translation>赢单概率应在 0 到 100 % 之间</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>the stage the deal left is gone; choose the stage it goes to</source>
      <translation>该商机原来所在的阶段已不存在；请选择要移到的阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the title is longer than %1 characters</source>
      <translation>标题超过了 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the value cannot be negative</source>
      <translation>商机金额不能为负数</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>there is no deal %1</source>
      <translation>不存在商机 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>there is no stage %1</source>
      <translation>不存在阶段 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>this database has no Lost stage</source>
      <translation>此数据库没有丢单阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>this database has no On hold stage</source>
      <translation>此数据库没有暂停阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>this database has no Won stage</source>
      <translation>此数据库没有赢单阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>won</source>
      <translation>赢单</translation>
    </message>
  </context>
  <context>
    <name>Defaults</name>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>All known objections answered</source>
      <translation>已知异议均已解答</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Ask for one to three referrals after signing</source>
      <translation>签约后请客户转介绍一到三人</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Bad timing</source>
      <translation>时机不对</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Birthday, and how they like to celebrate it?</source>
      <translation>生日是哪天？喜欢怎么庆祝？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Body</source>
      <translation>身体</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Books, films or music they enjoy?</source>
      <translation>喜欢哪些书、电影或音乐？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Brochures and price list</source>
      <translation>宣传册和价目表</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Budget available for this purchase?</source>
      <translation>这次采购有多少预算？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Business cards</source>
      <translation>名片</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Cars, gadgets or collections they care about?</source>
      <translation>关注哪些汽车、数码产品或收藏？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Causes or charities they support?</source>
      <translation>支持哪些公益事业或慈善机构？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Children: names and ages?</source>
      <translation>子女：名字和年龄？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Chose a competitor</source>
      <translation>选择了竞争对手</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Clean, presentable, dressed like an expert of the trade</source>
      <translation>整洁得体，形象像本行业的专家</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Closing</source>
      <translation>成交</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Closing kit</source>
      <translation>成交工具包</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Closing question prepared</source>
      <translation>已准备好促成成交的提问</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Clubs or associations they belong to?</source>
      <translation>参加了哪些俱乐部或社团？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Contact left or changed</source>
      <translation>联系人离职或变更</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Contract printed in two copies</source>
      <translation>合同已打印一式两份</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Contracted</source>
      <translation>已签约</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Current position and main responsibilities?</source>
      <translation>目前的职位和主要职责？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Current price list and discount limits</source>
      <translation>最新价目表和折扣权限</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Decision maker confirmed to attend</source>
      <translation>已确认决策者会出席</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Desired outcome of this visit written down</source>
      <translation>已写下本次拜访的期望结果</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Do they prefer to buy, lease or subscribe?</source>
      <translation>倾向于购买、租赁还是订阅？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Do they smoke or drink? Any dietary needs?</source>
      <translation>抽烟喝酒吗？有饮食禁忌吗？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Education: school, university, degree?</source>
      <translation>教育背景：中学、大学、学位？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>End time set</source>
      <translation>已定好结束时间</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Everyone needed is coming</source>
      <translation>需要参加的人都会到场</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Everything needed to sign on the spot.</source>
      <translation>当场签约所需的一切。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Family topics to avoid?</source>
      <translation>哪些家庭话题需要回避？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Family traditions or holidays that matter to them?</source>
      <translation>看重哪些家庭传统或节日？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Favourite food, restaurant and drink?</source>
      <translation>喜欢的美食、餐厅和饮品？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Favourite holiday destinations and travel plans?</source>
      <translation>最喜欢的度假地点和旅行计划？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Financial situation of the company: growing, stable, under pressure?</source>
      <translation>公司的财务状况：增长、稳定，还是承压？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Goals for this year at work?</source>
      <translation>今年的工作目标是什么？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Hobbies and how they spend weekends?</source>
      <translation>有什么爱好？周末怎么过？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>How do they measure success in their job?</source>
      <translation>如何衡量自己工作上的成功？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>How long in this role and with this employer?</source>
      <translation>担任这个职位、在这家公司各有多久了？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>How price-sensitive are they compared with quality and service?</source>
      <translation>与质量和服务相比，对价格有多敏感？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>How satisfied are they with the current supplier?</source>
      <translation>对现有供应商的满意度如何？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Industry news worth talking about</source>
      <translation>准备好值得一聊的行业新闻</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Kept their current solution</source>
      <translation>继续使用现有方案</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Know the open objections and the answers to them</source>
      <translation>清楚尚未解决的异议及应对方法</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Know the real decision maker and their personality</source>
      <translation>清楚真正的决策者及其性格</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Know what they bought before, and from whom</source>
      <translation>清楚客户以前买过什么、向谁买的</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Knowledge</source>
      <translation>专业</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Laptop or tablet charged, demo works offline</source>
      <translation>笔记本电脑或平板已充好电，演示可离线运行</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Lost</source>
      <translation>丢单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Married or in a partnership? Partner's name?</source>
      <translation>已婚或有伴侣吗？伴侣叫什么名字？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Meeting</source>
      <translation>会面</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Memberships in professional associations?</source>
      <translation>加入了哪些行业协会？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Mind</source>
      <translation>精神</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Negotiation</source>
      <translation>商务谈判</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>New contact</source>
      <translation>新接触</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>No budget</source>
      <translation>没有预算</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>On hold</source>
      <translation>暂停</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Order form</source>
      <translation>订货单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Paperwork</source>
      <translation>单据</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Parents living nearby? Anyone they care for?</source>
      <translation>父母住得近吗？有需要照顾的家人吗？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Partner's occupation and interests?</source>
      <translation>伴侣的职业和兴趣爱好？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Payment habits: pays on time, asks for terms?</source>
      <translation>付款习惯：按时付款，还是要求账期？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Pets, and their names?</source>
      <translation>养宠物吗？叫什么名字？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Pitch ready in three lengths: 30 seconds, 5 minutes, full demo</source>
      <translation>准备好三种长度的介绍：30 秒、5 分钟、完整演示</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Positive and looking forward to the meeting</source>
      <translation>心态积极，期待与客户见面</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Pre-visit preparation</source>
      <translation>拜访前准备</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Presented</source>
      <translation>产品介绍</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Pressure they are under right now, and from whom?</source>
      <translation>目前面临什么压力？来自谁？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Previous employers and positions?</source>
      <translation>以前在哪些公司工作过，担任什么职位？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Price too high</source>
      <translation>价格太高</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Product and technical facts at hand</source>
      <translation>产品和技术资料准备就绪</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Product does not fit</source>
      <translation>产品不符合需求</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Professional achievements they are proud of?</source>
      <translation>引以为豪的职业成就？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Proposal</source>
      <translation>提交方案</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Qualified</source>
      <translation>资格确认</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Recalled a recent visit that went well</source>
      <translation>回忆了最近一次成功的拜访</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Receipt or invoice book</source>
      <translation>收据或发票本</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Reread the customer's profile card</source>
      <translation>重读了客户档案</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Reviewed our product's three strongest advantages</source>
      <translation>复习了我们产品最突出的三大优点</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Reviewed the competitors' weak points</source>
      <translation>熟悉了竞争对手产品的缺点</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Samples</source>
      <translation>样品</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Slept enough and rested</source>
      <translation>睡眠充足，精力充沛</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Sports they play or follow, favourite team?</source>
      <translation>参与或关注哪些运动？支持哪支球队？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Their role in the buying decision: decides, influences, uses, or blocks?</source>
      <translation>在采购决策中的角色：决策、影响、使用，还是阻碍？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Time and topic agreed and confirmed</source>
      <translation>时间和主题已约定并确认</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Tools</source>
      <translation>工具</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Topics they dislike or find sensitive?</source>
      <translation>不喜欢或忌讳哪些话题？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Topics they love to talk about?</source>
      <translation>最喜欢聊什么话题？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Walk into the meeting prepared: yourself, your knowledge, the customer, the meeting.</source>
      <translation>做好准备再去见客户：自身状态、专业知识、客户、会面安排。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Wedding or partnership anniversary?</source>
      <translation>结婚纪念日或恋爱纪念日是哪天？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Went quiet: no decision</source>
      <translation>没有下文，迟迟未决定</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>What have they bought before, and from which suppliers?</source>
      <translation>以前买过什么？从哪些供应商那里买的？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>What return on the investment do they expect?</source>
      <translation>期望得到怎样的投资回报？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>When does the budget year start?</source>
      <translation>预算年度从什么时候开始？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Where did they grow up?</source>
      <translation>在哪里长大？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Where do they want to be in five years?</source>
      <translation>五年后希望达到什么位置？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Which discounts or conditions did they get before?</source>
      <translation>以前拿到过哪些折扣或优惠条件？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Which schools or universities do the children attend?</source>
      <translation>孩子在哪所学校或大学就读？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Who approves spending, and up to what amount?</source>
      <translation>谁审批支出？审批额度是多少？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Who do they report to, and who reports to them?</source>
      <translation>向谁汇报？谁向其汇报？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Won</source>
      <translation>赢单</translation>
    </message>
  </context>
  <context>
    <name>Diagnosis</name>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Agree a decision date with each buyer and prepare answers to price objections.</source>
      <translation>与每位买方约定决策日期，并准备好应对价格异议的回答。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Block time every week for new contacts: referrals first, then calls and visits.</source>
      <translation>每周留出固定时间开发新客户：先找转介绍，再打电话和拜访。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Call or visit each rotting deal this week, or close it as lost.</source>
      <translation>本周给每个停滞商机打电话或拜访，或将其标记为丢单。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Deals pile up in negotiation</source>
      <translation>商机积压在谈判阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Few deals reach a proposal</source>
      <translation>进入报价的商机太少</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Look at the deals stuck in “%1”: what do they wait for?</source>
      <translation>看看卡在“%1”的商机：它们在等什么？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Many deals are rotting</source>
      <translation>大量商机停滞</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Prospecting has stalled</source>
      <translation>客户开发停滞了</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Qualify harder early (BANT) and present the value before writing offers.</source>
      <translation>尽早严格做资格审查（BANT），先展示价值，再写报价。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>The bottleneck is “%1”</source>
      <translation>瓶颈在“%1”</translation>
    </message>
  </context>
  <context>
    <name>Dossier</name>
    <message>
      <location filename="../../resources/templates/day_route.html.j2" />
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>%1 min</source>
      <translation>%1 分钟</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>%1 of %2 questions answered</source>
      <translation>已回答 %1/%2 个问题</translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>%n customer(s)</source>
      <translation>
        <numerusform>%n 位客户</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>%n visit(s)</source>
      <translation>
        <numerusform>%n 次拜访</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>%n visit(s) cannot work as planned</source>
      <translation>
        <numerusform>%n 次拜访无法按计划进行</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Also</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Answer given</source>
      <translation>已给出的回应</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Character</source>
      <translation>性格</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Character, goals, pressures</source>
      <translation>性格、目标、压力</translation>
    </message>
    <message>
      <location filename="../../resources/templates/day_route.html.j2" />
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Checklist</source>
      <translation>清单</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Company: %1</source>
      <translation>公司：%1</translation>
    </message>
    <message>
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_print.py" />
      <source>Customer dossier · confidential · printed %1</source>
      <translation>客户资料 · 机密 · 打印于 %1</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Days in stage</source>
      <translation>停留天数</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Deal</source>
      <translation>商机</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Decision</source>
      <translation>决策角色</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Desired outcome</source>
      <translation>期望结果</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_actions.py" />
      <source>Dossier %1</source>
      <translation>客户资料：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_actions.py" />
      <source>Dossiers for %1</source>
      <translation>%1 的客户资料</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>E-mail</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Earlier purchases</source>
      <translation>过往采购</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Everything ticked.</source>
      <translation>已全部勾选。</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Expected close</source>
      <translation>预计成交</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_actions.py" />
      <source>Export PDF…</source>
      <translation>导出 PDF…</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Family members and important dates</source>
      <translation>家庭成员和重要日期</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Function</source>
      <translation>职务</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Goals</source>
      <translation>目标</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Gold traits:</source>
      <translation>优质客户特征：</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Key people</source>
      <translation>关键人物</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Last contact</source>
      <translation>最近联系</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Last visits and calls</source>
      <translation>最近的拜访和电话</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Next visit</source>
      <translation>下一次拜访</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Next:</source>
      <translation>下一步：</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>No answer yet.</source>
      <translation>尚未回应。</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>No open deals.</source>
      <translation>没有进行中的商机。</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>No open objections.</source>
      <translation>没有未解决的异议。</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>No stage moves recorded.</source>
      <translation>没有阶段变更记录。</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>No visit planned.</source>
      <translation>未安排拜访。</translation>
    </message>
    <message>
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>No visits on this day.</source>
      <translation>当天没有拜访。</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>No visits or calls yet.</source>
      <translation>还没有拜访或电话。</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Nobody named yet.</source>
      <translation>尚未提及任何人。</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>None noted yet.</source>
      <translation>尚未记录。</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Noted</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Nothing noted yet.</source>
      <translation>尚未记录任何内容。</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Objection</source>
      <translation>异议</translation>
    </message>
    <message>
      <location filename="../../resources/templates/day_route.html.j2" />
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Objective</source>
      <translation>目的</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Open deals</source>
      <translation>进行中的商机</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Open objections</source>
      <translation>未解决的异议</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Outcome and next step</source>
      <translation>结果和下一步</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Poor traits:</source>
      <translation>劣质客户特征：</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Prefers</source>
      <translation>偏好联系方式</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Pressures</source>
      <translation>压力</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_actions.py" />
      <source>Print Preview…</source>
      <translation>打印预览…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_actions.py" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Profile %1% complete</source>
      <translation>档案完成度 %1%</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Recent news</source>
      <translation>近期动态</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Referrals</source>
      <translation>转介绍</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Referred by</source>
      <translation>转介绍人</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_print.py" />
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>Route for %1</source>
      <translation>%1的路线</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Rumour:</source>
      <translation>传闻：</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Still to do</source>
      <translation>待办事项</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Tier %1</source>
      <translation>%1 级</translation>
    </message>
    <message>
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Visit</source>
      <translation>拜访</translation>
    </message>
    <message>
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>Visits in order</source>
      <translation>拜访顺序</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Where</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>checklist %1 of %2 ready</source>
      <translation>清单已完成 %1/%2</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>every year</source>
      <translation>每年</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>in all (not on hold): %1</source>
      <translation>合计（不含暂停）：%1</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>on hold</source>
      <translation>暂停</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_print.py" />
      <source>there are no visits on %1</source>
      <translation>%1 没有拜访</translation>
    </message>
  </context>
  <context>
    <name>Entries</name>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Amount:</source>
      <translation>金额(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/travel_dialog.py" />
      <source>&amp;Average speed, where places have coordinates:</source>
      <translation>平均车速（地点有坐标时）(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>&amp;Base (1 unit of):</source>
      <translation>基准（1 单位）(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;Birthday:</source>
      <translation>生日(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Character:</source>
      <translation>性格(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>&amp;Checklist:</source>
      <translation>清单(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>&amp;Currency:</source>
      <translation>币种(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;Date:</source>
      <translation>日期(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>&amp;Deal:</source>
      <translation>商机(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Decision role:</source>
      <translation>决策角色(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>&amp;E-mails (one per line):</source>
      <translation>电子邮件（每行一个）(&amp;E)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Function:</source>
      <translation>职务(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Goals:</source>
      <translation>目标(&amp;G)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Heard from:</source>
      <translation>消息来源(&amp;H)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>&amp;Kind:</source>
      <translation>类型(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;Name:</source>
      <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/close_dialog.py" />
      <source>&amp;Next step:</source>
      <translation>下一步(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>&amp;Objective:</source>
      <translation>目的(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>&amp;Place:</source>
      <translation>地点(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>&amp;Position:</source>
      <translation>职位(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Pressures:</source>
      <translation>压力(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>&amp;Rate:</source>
      <translation>汇率(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;Relation:</source>
      <translation>关系(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Reports to:</source>
      <translation>汇报对象(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>&amp;Starts:</source>
      <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>&amp;Street:</source>
      <translation>街道地址(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Supplier:</source>
      <translation>供应商(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>&amp;Tier:</source>
      <translation>等级(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>&amp;Valid from:</source>
      <translation>生效日期(&amp;V)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/close_dialog.py" />
      <source>&amp;What came of it:</source>
      <translation>结果如何(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;What:</source>
      <translation>内容(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;When:</source>
      <translation>时间(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>C&amp;ustomer:</source>
      <translation>客户(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Co&amp;mpany:</source>
      <translation>公司(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Co&amp;untry:</source>
      <translation>国家/地区(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Coordin&amp;ates:</source>
      <translation>坐标(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/widgets/entry_dialog.py" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>Desired outco&amp;me:</source>
      <translation>期望结果(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>Dur&amp;ation:</source>
      <translation>时长(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>N&amp;otes:</source>
      <translation>备注(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>P&amp;hones (one per line):</source>
      <translation>电话（每行一个）(&amp;H)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Postal code, cit&amp;y:</source>
      <translation>邮编、城市(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Prefers:</source>
      <translation>联系偏好：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>W&amp;hen:</source>
      <translation>时间(&amp;H)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Wh&amp;at happened:</source>
      <translation>发生了什么(&amp;A)：</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../../salesdesk/core/exchange/calendar.py" />
      <source>Desired outcome: %1</source>
      <translation>期望结果：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/calendar.py" />
      <source>Objective: %1</source>
      <translation>目的：%1</translation>
    </message>
  </context>
  <context>
    <name>Exported</name>
    <message>
      <location filename="../../salesdesk/ui/widgets/exported.py" />
      <source>%1 written to:
%2</source>
      <translation>%1 已保存到：
%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/widgets/exported.py" />
      <source>Exported</source>
      <translation>已导出</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/widgets/exported.py" />
      <source>Open Folder</source>
      <translation>打开文件夹</translation>
    </message>
  </context>
  <context>
    <name>Family</name>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>Every year</source>
      <translation>每年</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>Family Member</source>
      <translation>家庭成员</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>Important Date</source>
      <translation>重要日期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>Known</source>
      <translation>已知</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>e.g. Wedding anniversary</source>
      <translation>例如：结婚纪念日</translation>
    </message>
  </context>
  <context>
    <name>Files</name>
    <message>
      <location filename="../../salesdesk/core/files.py" />
      <source>could not write %1: %2; nothing was written</source>
      <translation>无法写入 %1：%2；未写入任何内容</translation>
    </message>
  </context>
  <context>
    <name>Formatting</name>
    <message>
      <location filename="../../salesdesk/ui/formatting.py" />
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/formatting.py" />
      <source>%1%</source>
      <translation>%1%</translation>
    </message>
  </context>
  <context>
    <name>FunnelChart</name>
    <message>
      <location filename="../../salesdesk/ui/analytics/funnel_chart.py" />
      <source>%1 · ▲ more entered than above</source>
      <translation>%1 · ▲ 进入数多于上一阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/funnel_chart.py" />
      <source>Funnel</source>
      <translation>销售漏斗</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/funnel_chart.py" />
      <source>The pipeline has no open stages.</source>
      <translation>销售漏斗中没有进行中的阶段。</translation>
    </message>
  </context>
  <context>
    <name>FunnelReport</name>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>%1 (won %2, lost %3)</source>
      <translation>%1（赢单 %2，丢单 %3）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>%1 of %2 open deals</source>
      <translation>%1 个（共 %2 个进行中的商机）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>%1 weighted (%2)</source>
      <translation>加权 %1（%2）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>%1 went on</source>
      <translation>推进 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>%n deal(s)</source>
      <translation>
        <numerusform>%n 个商机</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>%n deal(s) lost in the period.</source>
      <translation>
        <numerusform>本期丢单 %n 个。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>1 %1 =</source>
      <translation>1 %1 =</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Amounts by currency</source>
      <translation>按币种的金额</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Average sales cycle</source>
      <translation>平均销售周期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Average won deal</source>
      <translation>平均赢单金额</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Conversion</source>
      <translation>转化率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Currency</source>
      <translation>币种</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Days in stage</source>
      <translation>停留天数</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Diagnosis</source>
      <translation>诊断</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Entered</source>
      <translation>进入</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Forecast this month</source>
      <translation>本月预测</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Forecast this quarter</source>
      <translation>本季度预测</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Funnel</source>
      <translation>销售漏斗</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Funnel report · printed %1</source>
      <translation>销售漏斗报告 · 打印于 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Lost, by reason</source>
      <translation>丢单（按原因）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>No deal was lost in the period.</source>
      <translation>本期没有丢单。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>No exchange rate for %1: amounts in it are left out of every total (see Amounts by currency).</source>
      <translation>%1 没有汇率：以该币种计的金额未计入任何合计（见“按币种的金额”）。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Nothing stands out, or too little happened to say (a finding needs at least 10 deals).</source>
      <translation>没有明显问题，或数据太少无法判断（得出结论至少需要 10 个商机）。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Open pipeline</source>
      <translation>销售漏斗在途金额</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Open, in %1</source>
      <translation>进行中（%1）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Overdue follow-ups</source>
      <translation>逾期跟进</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Past their close date</source>
      <translation>已过成交日期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Rotting deals</source>
      <translation>停滞商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Visits / calls per week</source>
      <translation>每周拜访 / 电话</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Weekly funnel review</source>
      <translation>销售漏斗周报</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Went on</source>
      <translation>推进</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Win rate</source>
      <translation>赢单率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Won in the period</source>
      <translation>本期赢单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>as of %1</source>
      <translation>截至 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>at today's rates; won deals at their close day's; totals rounded once</source>
      <translation>按今日汇率；赢单商机按其成交日汇率；合计只四舍五入一次</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>left out</source>
      <translation>未计入</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>no rate</source>
      <translation>无汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>none entered</source>
      <translation>无商机进入</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>the %1 most frequent of %2</source>
      <translation>%2 个原因中最常见的 %1 个</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>the Analytics screen lists them</source>
      <translation>详见“分析”界面</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>width: deals that entered each stage in the period, and how many went on; open deals and their value now</source>
      <translation>宽度：本期进入各阶段的商机数及推进数量；当前进行中的商机及其金额</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <location filename="../../salesdesk/core/exchange/csv_reader.py" />
      <source>%1 has no name column (the first row names the columns)</source>
      <translation>%1 没有姓名列（第一行为列名）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/vcard_reader.py" />
      <source>%1 holds no vCard (BEGIN:VCARD … END:VCARD)</source>
      <translation>%1 不包含 vCard（BEGIN:VCARD … END:VCARD）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>%1 is not %2 text (line %3 has the byte 0x%4): nothing was imported; %5</source>
      <translation>%1 不是 %2 文本（第 %3 行含有字节 0x%4）：未导入任何内容；%5</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a birthday (write YYYY-MM-DD or --MM-DD)</source>
      <translation>%1 不是生日（请写成 YYYY-MM-DD 或 --MM-DD）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a date (write YYYY-MM-DD)</source>
      <translation>%1 不是日期（请写成 YYYY-MM-DD）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a latitude (write degrees like 40.4168)</source>
      <translation>%1 不是纬度（请用度数表示，例如 40.4168）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a longitude (write degrees like 40.4168)</source>
      <translation>%1 不是经度（请用度数表示，例如 40.4168）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a phone number</source>
      <translation>%1 不是电话号码</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a phone number; start it with + and the country code</source>
      <translation>%1 不是电话号码；请以 + 和国家代码开头</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a place: write latitude, longitude (40.4168, -3.7038)</source>
      <translation>%1 不是位置：请写成“纬度, 经度”（40.4168, -3.7038）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not an e-mail address: %2</source>
      <translation>%1 不是电子邮件地址：%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>%1 is not an encoding SalesDesk knows</source>
      <translation>%1 不是 SalesDesk 能识别的编码</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>%1 looks like UTF-16 without a byte order mark: nothing was imported; choose utf-16-le or utf-16-be as its encoding</source>
      <translation>%1 看起来是没有字节顺序标记的 UTF-16：未导入任何内容；请选择 utf-16-le 或 utf-16-be 作为其编码</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/importer.py" />
      <source>%1: SalesDesk imports .csv and .vcf files</source>
      <translation>%1：SalesDesk 只能导入 .csv 和 .vcf 文件</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>%n already there (skipped)</source>
      <translation>
        <numerusform>%n 位已存在（跳过）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>%n matching an existing customer</source>
      <translation>
        <numerusform>%n 位与现有客户匹配</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>%n new customer(s)</source>
      <translation>
        <numerusform>%n 位新客户</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>%n row(s) refused</source>
      <translation>
        <numerusform>%n 行被拒绝</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>&amp;Encoding:</source>
      <translation>编码(&amp;E)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>&amp;Import</source>
      <translation>导入(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Automatic (UTF-8, UTF-16)</source>
      <translation>自动（UTF-8、UTF-16）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>CSV (*.csv);;vCard (*.vcf)</source>
      <translation>CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/widgets/encoding_choice.py" />
      <source>Choose the File's Encoding</source>
      <translation>选择文件编码</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Customer files (*.csv *.vcf);;CSV (*.csv);;vCard (*.vcf)</source>
      <translation>客户文件 (*.csv *.vcf);;CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>DOS (code page 437)</source>
      <translation>DOS（代码页 437）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>DOS (code page 850)</source>
      <translation>DOS（代码页 850）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>E-mails</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Export Customers</source>
      <translation>导出客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>ISO 8859-1 (Latin-1)</source>
      <translation>ISO 8859-1（Latin-1）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>ISO 8859-15 (Latin-9)</source>
      <translation>ISO 8859-15（Latin-9）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Import %1</source>
      <translation>导入 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Import Customers</source>
      <translation>导入客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Importing %1…</source>
      <translation>正在导入 %1…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>Line</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>Mac OS Roman</source>
      <translation>Mac OS Roman</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Not exported</source>
      <translation>未导出</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Nothing imported</source>
      <translation>未导入任何内容</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>Phones</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Reading %1…</source>
      <translation>正在读取 %1…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Refused rows (not imported):</source>
      <translation>被拒绝的行（未导入）：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>Tick to add this row as another customer</source>
      <translation>勾选后将此行另作一位客户添加</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>UTF-16 BE without byte order mark</source>
      <translation>UTF-16 BE（无字节顺序标记）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>UTF-16 LE without byte order mark</source>
      <translation>UTF-16 LE（无字节顺序标记）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>UTF-8 (with BOM)</source>
      <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>What happens</source>
      <translation>处理方式</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>Windows-1250 (Central Europe)</source>
      <translation>Windows-1250（中欧）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>Windows-1251 (Cyrillic)</source>
      <translation>Windows-1251（西里尔文）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>Windows-1252 (Western Europe, Americas)</source>
      <translation>Windows-1252（西欧、美洲）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/csv_reader.py" />
      <source>a quote opened here is never closed: this and every later line was not read</source>
      <translation>此处开始的引号没有闭合：本行及之后的所有行均未读取</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>cannot read %1: %2</source>
      <translation>无法读取 %1：%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>choose the file's encoding (for example cp1252 for Excel on Windows in Western Europe, cp1250 for Central Europe, cp1251 for Cyrillic)</source>
      <translation>请选择文件的编码（例如：西欧 Windows 版 Excel 用 cp1252，中欧用 cp1250，西里尔文用 cp1251）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/csv_reader.py" />
      <source>columns not imported: %1</source>
      <translation>未导入的列：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/duplicates.py" />
      <source>e-mail</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>give both latitude and longitude, or neither</source>
      <translation>纬度和经度要么都填，要么都不填</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>line %1 of this file</source>
      <translation>本文件第 %1 行</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>line %1: %2</source>
      <translation>第 %1 行：%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>lines %1–%2: %3</source>
      <translation>第 %1–%2 行：%3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>matches %1 by %2 (add anyway)</source>
      <translation>按%2匹配到 %1（仍然添加）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>matches %1 by %2 (nothing to fill: skip)</source>
      <translation>按%2匹配到 %1（无可补填内容：跳过）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>matches %1 by %2 (update empty fields)</source>
      <translation>按%2匹配到 %1（补填空白字段）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/duplicates.py" />
      <source>name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/duplicates.py" />
      <source>name and company</source>
      <translation>姓名和公司</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>name is missing</source>
      <translation>缺少姓名</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>new</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/vcard_reader.py" />
      <source>not a readable vCard (%1)</source>
      <translation>不是可读取的 vCard（%1）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/duplicates.py" />
      <source>phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/vcard_reader.py" />
      <source>photos are not imported (%1 card(s) had one)</source>
      <translation>照片不会导入（%1 张名片带有照片）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>same as existing (skip)</source>
      <translation>与现有记录相同（跳过）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/vcard_reader.py" />
      <source>the card has no END:VCARD (line %1 begins another card): not imported</source>
      <translation>该名片没有 END:VCARD（第 %1 行开始了另一张名片）：未导入</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/vcard_reader.py" />
      <source>the card has no END:VCARD: not imported</source>
      <translation>该名片没有 END:VCARD：未导入</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the city is longer than %1 characters (%2)</source>
      <translation>城市超过 %1 个字符（实际 %2 个）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the company is longer than %1 characters (%2)</source>
      <translation>公司超过 %1 个字符（实际 %2 个）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the country is longer than %1 characters (%2)</source>
      <translation>国家超过 %1 个字符（实际 %2 个）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/importer.py" />
      <source>the import was cancelled: nothing was stored</source>
      <translation>导入已取消：未存储任何内容</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>the latitude is -%1 to %1 degrees, not %2</source>
      <translation>纬度应在 -%1 到 %1 度之间，而不是 %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>the longitude is -%1 to %1 degrees, not %2</source>
      <translation>经度应在 -%1 到 %1 度之间，而不是 %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the name is longer than %1 characters (%2)</source>
      <translation>姓名超过 %1 个字符（实际 %2 个）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the notes is longer than %1 characters (%2)</source>
      <translation>备注超过 %1 个字符（实际 %2 个）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the position is longer than %1 characters (%2)</source>
      <translation>职位超过 %1 个字符（实际 %2 个）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the postal code is longer than %1 characters (%2)</source>
      <translation>邮政编码超过 %1 个字符（实际 %2 个）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/csv_reader.py" />
      <source>the row has %1 values, but the header names %2 columns</source>
      <translation>该行有 %1 个值，但标题行有 %2 列</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/csv_reader.py" />
      <source>the row is not valid CSV (%1)</source>
      <translation>该行不是有效的 CSV（%1）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the street is longer than %1 characters (%2)</source>
      <translation>街道超过 %1 个字符（实际 %2 个）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>the tier is A, B or C, not %1</source>
      <translation>等级应为 A、B 或 C，而不是 %1</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>After-sales service</source>
      <translation>售后服务</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Anniversary</source>
      <translation>纪念日</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Authority</source>
      <translation>决策权</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Birthday</source>
      <translation>生日</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Business is doing badly</source>
      <translation>生意做得很不好</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Call</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Career</source>
      <translation>事业</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Competitor</source>
      <translation>竞争对手</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Could place a large order</source>
      <translation>有可能下大订单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>E-mail</source>
      <translation>邮件</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Family</source>
      <translation>家庭</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Financially sound, pays fast</source>
      <translation>财务稳健，付款迅速</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Function or performance</source>
      <translation>功能或性能</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Guarantees</source>
      <translation>保障承诺</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Hard to show value to</source>
      <translation>很难向其展示价值</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Has an urgent need</source>
      <translation>有迫切需求</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Is a centre of influence</source>
      <translation>是影响力的核心</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Leisure</source>
      <translation>休闲</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Money</source>
      <translation>财务</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Need</source>
      <translation>需求</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Negative about everything</source>
      <translation>凡事持否定态度</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>No follow-up business</source>
      <translation>没有后续销售机会</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>No reference value</source>
      <translation>没有见证或推荐价值</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>No-show</source>
      <translation>爽约</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Office and home are near</source>
      <translation>办公室和住处都离得近</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Planned</source>
      <translation>已计划</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Positive about our industry and product</source>
      <translation>对我们的行业和产品持肯定态度</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Resources</source>
      <translation>资源支持</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Sees a clear cost/benefit</source>
      <translation>成本效益清晰</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Small deal even if won</source>
      <translation>即使成交也只是小生意</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Solution they expect</source>
      <translation>期望的解决方案</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Task</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Timeline</source>
      <translation>时间表</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Too far away</source>
      <translation>离得太远</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Visit</source>
      <translation>拜访</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>What they enjoy about it</source>
      <translation>满意之处</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>What they use now</source>
      <translation>目前在用什么</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>What they would alter</source>
      <translation>想改变之处</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Who decides</source>
      <translation>谁来决策</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>asked</source>
      <translation>已请求</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>became a customer</source>
      <translation>已成为客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>champion</source>
      <translation>内部支持者</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>child</source>
      <translation>子女</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>contacted</source>
      <translation>已联系</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>conversion</source>
      <translation>转化率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>decides</source>
      <translation>决策者</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>declined</source>
      <translation>已婉拒</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>entered</source>
      <translation>进入</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>entered the first stage</source>
      <translation>进入第一阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>gatekeeper</source>
      <translation>把关人</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>given</source>
      <translation>已提供</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>in negotiation</source>
      <translation>谈判中</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>influences</source>
      <translation>影响者</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>new contacts</source>
      <translation>新联系人</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>open deals</source>
      <translation>进行中的商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>open further down</source>
      <translation>后续阶段进行中</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>parent</source>
      <translation>父母</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>partner</source>
      <translation>伴侣</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>pet</source>
      <translation>宠物</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>reached a proposal</source>
      <translation>进入报价阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>rotting</source>
      <translation>停滞</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>sibling</source>
      <translation>兄弟姐妹</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>spouse</source>
      <translation>配偶</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>uses</source>
      <translation>使用者</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>went on</source>
      <translation>推进</translation>
    </message>
  </context>
  <context>
    <name>Limits</name>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the amount has more than two decimals</source>
      <translation>金额的小数超过两位</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the amount is too large (at most %1)</source>
      <translation>金额过大（最多 %1）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the amount must be a number</source>
      <translation>金额必须是数字</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the date %1 is not between %2 and %3</source>
      <translation>日期 %1 不在 %2 年到 %3 年之间</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the time needs a time zone</source>
      <translation>时间需要带时区</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the value has more than two decimals</source>
      <translation>商机金额的小数超过两位</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the value is too large (at most %1)</source>
      <translation>商机金额过大（最多 %1）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the value must be a number</source>
      <translation>商机金额必须是数字</translation>
    </message>
  </context>
  <context>
    <name>LostDialog</name>
    <message>
      <location filename="../../salesdesk/ui/deals/lost_dialog.py" />
      <source>&amp;Detail:</source>
      <translation>详情(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/lost_dialog.py" />
      <source>Anything else worth keeping (optional)</source>
      <translation>其他值得记录的信息（可选）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/lost_dialog.py" />
      <source>Deal lost</source>
      <translation>商机丢单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/lost_dialog.py" />
      <source>Mark lost</source>
      <translation>标记为丢单</translation>
    </message>
  </context>
  <context>
    <name>LostReasons</name>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>%1 (retired)</source>
      <translation>%1（已停用）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>&amp;Add</source>
      <translation>添加(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>&amp;Merge into…</source>
      <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>&amp;Retire / bring back</source>
      <translation>停用 / 重新启用(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Lost deals</source>
      <translation>丢单商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Merge reasons</source>
      <translation>合并原因</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Merge “%1” into which reason?</source>
      <translation>将“%1”合并到哪个原因？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Move &amp;down</source>
      <translation>下移(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Move &amp;up</source>
      <translation>上移(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>New reason</source>
      <translation>新原因</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Re&amp;move</source>
      <translation>删除(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Save the new reason first; then it can be merged.</source>
      <translation>请先保存新原因，之后才能合并。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>“%1” is the reason of %Ln lost deal(s): retire it, or merge it into another.</source>
      <translation>
        <numerusform>“%1”是 %Ln 个丢单商机的丢单原因：请停用，或将其合并到其他原因。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>%1 (read-only) — SalesDesk</source>
      <translation>%1（只读）— SalesDesk</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>%1 · %2 · %3</source>
      <translation>%1 · %2 · %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>%1 — SalesDesk</source>
      <translation>%1 — SalesDesk</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>%Ln customer(s)</source>
      <translation>
        <numerusform>%Ln 位客户</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>%n already there</source>
      <translation>
        <numerusform>%n 位已存在</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>%n planned activit(y|ies) of the next four weeks</source>
      <translation>
        <numerusform>未来四周计划的 %n 项活动</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;About SalesDesk</source>
      <translation>关于 SalesDesk(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Analytics</source>
      <translation>分析(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Back up now…</source>
      <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Board</source>
      <translation>看板(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Customers</source>
      <translation>客户(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Deal</source>
      <translation>商机(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Find…</source>
      <translation>查找(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Import customers…</source>
      <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;New database…</source>
      <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Open database…</source>
      <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Preferences…</source>
      <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/change_stack.py" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/change_stack.py" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Visits</source>
      <translation>拜访(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>About SalesDesk</source>
      <translation>关于 SalesDesk</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Areas</source>
      <translation>区域导航</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Backed up to %1</source>
      <translation>已备份到 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Changes cannot be saved to this database; nothing will be written.</source>
      <translation>无法将更改保存到此数据库，不会写入任何内容。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Deal won</source>
      <translation>商机赢单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>E&amp;xchange Rates…</source>
      <translation>汇率(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>E&amp;xport customers…</source>
      <translation>导出客户(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Export Visits to Calendar</source>
      <translation>将拜访导出到日历</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Export visits to &amp;calendar…</source>
      <translation>将拜访导出到日历(&amp;C)…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Exported %n planned activit(y|ies) of the next four weeks to %1</source>
      <translation>
        <numerusform>已将未来四周计划的 %n 项活动导出到 %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Exported the customers to %1</source>
      <translation>已将客户导出到 %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Imported %n customer(s)</source>
      <translation>
        <numerusform>已导入 %n 位客户</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Not exported</source>
      <translation>未导出</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Re&amp;load</source>
      <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Read-only</source>
      <translation>只读</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>SalesDesk %1
The desktop assistant for field sales.

Database: %2</source>
      <translation>SalesDesk %1
外勤销售的桌面助手。

数据库：%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>The customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>The database is damaged</source>
      <translation>数据库已损坏</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Updated the database; the previous version is in %1</source>
      <translation>数据库已更新，旧版本保存在 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>iCalendar (*.ics)</source>
      <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>updated %n</source>
      <translation>
        <numerusform>已更新 %n 位</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>“%1” is won — a good moment to ask whom else they know.</source>
      <translation>“%1”已赢单——正是请客户转介绍的好时机。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>“%1” is won. Ask %2 for one to three referrals now?</source>
      <translation>“%1”已赢单。现在就请 %2 转介绍一到三位客户吗？</translation>
    </message>
  </context>
  <context>
    <name>Money</name>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source> and </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <location filename="../../salesdesk/core/money/wording.py" />
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>%1 from %2</source>
      <translation>%1，自 %2 起</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>%1 in %2</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>%1 of it had no rate and is left out</source>
      <translation>其中 %1 无汇率，未计入</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>%1 → %2 (%3)</source>
      <translation>%1 → %2（%3）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>%1: no %2 rate, left out of the total</source>
      <translation>%1：无 %2 汇率，未计入合计</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>1 %1 = %2 %3</source>
      <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>Converted into %1; the total is rounded once.</source>
      <translation>已折算为 %1，合计只取整一次。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>at the rates of their close days</source>
      <translation>按各自成交日的汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/wording.py" />
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>without %1 (no %2 rate)</source>
      <translation>不含 %1（无 %2 汇率）</translation>
    </message>
  </context>
  <context>
    <name>NextPlanned</name>
    <message>
      <location filename="../../salesdesk/ui/widgets/next_planned.py" />
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/widgets/next_planned.py" />
      <source>%1 · %2 · overdue</source>
      <translation>%1 · %2 · 已逾期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/widgets/next_planned.py" />
      <source>%1 · checklist %2/%3 ready</source>
      <translation>%1 · 清单已就绪 %2/%3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/widgets/next_planned.py" />
      <source>none planned</source>
      <translation>暂无计划</translation>
    </message>
  </context>
  <context>
    <name>Objections</name>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>&amp;Answer given:</source>
      <translation>给出的回答(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>&amp;Deal:</source>
      <translation>商机(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>&amp;Kind:</source>
      <translation>类型(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>No answers to this kind of objection yet.</source>
      <translation>此类异议尚无应对记录。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>Objection</source>
      <translation>异议</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>Playbook: earlier answers (double-click to use)</source>
      <translation>话术库：以往的回答（双击即可使用）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>Resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>What was &amp;said:</source>
      <translation>客户原话(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/objections.py" />
      <source>choose the deal the objection was raised on</source>
      <translation>请选择提出该异议的商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/objections.py" />
      <source>the text is longer than %1 characters</source>
      <translation>文本超过 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/objections.py" />
      <source>there is no objection %1</source>
      <translation>不存在异议 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/objections.py" />
      <source>write down what the customer said</source>
      <translation>请写下客户说了什么</translation>
    </message>
  </context>
  <context>
    <name>Outcomes</name>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Deal not changed</source>
      <translation>商机未更改</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Mark %n deal(s) lost</source>
      <translation>
        <numerusform>将 %n 个商机标记为丢单</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Mark %n deal(s) won</source>
      <translation>
        <numerusform>将 %n 个商机标记为赢单</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Mark “%1” lost</source>
      <translation>将“%1”标记为丢单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Mark “%1” won</source>
      <translation>将“%1”标记为赢单</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Put %n deal(s) on hold</source>
      <translation>
        <numerusform>暂停 %n 个商机</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Put “%1” on hold</source>
      <translation>暂停“%1”</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Reopen %n deal(s) in %1</source>
      <translation>
        <numerusform>在“%1”重新打开 %n 个商机</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Reopen deal</source>
      <translation>重新打开商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Reopen “%1” in %2</source>
      <translation>在“%2”重新打开“%1”</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Resume %n deal(s)</source>
      <translation>
        <numerusform>恢复 %n 个商机</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Resume deal</source>
      <translation>恢复商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Resume “%1”</source>
      <translation>恢复“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>The stage the deal left is gone. Which stage does it go to?</source>
      <translation>该商机原来所在的阶段已不存在。要移到哪个阶段？</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Which stage do the %n deals go back to?</source>
      <translation>
        <numerusform>这 %n 个商机要回到哪个阶段？</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Which stage does “%1” go back to?</source>
      <translation>“%1”要回到哪个阶段？</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Why was “%1” lost?</source>
      <translation>“%1”为什么丢单？</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Why were the %n deals lost?</source>
      <translation>
        <numerusform>这 %n 个商机为什么丢单？</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlanVisit</name>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>Change</source>
      <translation>修改活动</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>Choose or type a customer…</source>
      <translation>选择或输入客户…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>No checklist</source>
      <translation>不使用清单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>No deal</source>
      <translation>不关联商机</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>Overlaps %n planned activit(y|ies).</source>
      <translation>
        <numerusform>与 %n 项已计划的活动时间重叠。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>Plan</source>
      <translation>安排活动</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>&amp;Language:</source>
      <translation>语言(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>&amp;New deals in:</source>
      <translation>新商机币种(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>&amp;Show totals in:</source>
      <translation>合计显示币种(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>As the system (%1)</source>
      <translation>跟随系统（%1）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>Change the preferences</source>
      <translation>更改偏好设置</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>Every total is converted into this currency: open deals and forecasts at today's rate, won deals at the rate of their close day.</source>
      <translation>所有合计都会折算为此币种：未结商机和预测按今日汇率，赢单商机按其成交日的汇率。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>Language (this computer)</source>
      <translation>语言（本机）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>Money (this database)</source>
      <translation>金额（此数据库）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>Open deals in %1 have no rate to it yet (Edit → Exchange Rates…).</source>
      <translation>以 %1 计价的未结商机尚无对应汇率（编辑 → 汇率…）。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>Preferences</source>
      <translation>偏好设置</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>Takes effect the next time SalesDesk starts. A database created in a language keeps its stage names, questions and checklists in that language.</source>
      <translation>下次启动 SalesDesk 时生效。以某种语言创建的数据库，其阶段名称、问题和清单将保持该语言。</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>Export PDF</source>
      <translation>导出 PDF</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>Fonts missing</source>
      <translation>缺少字体</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>No font for %1 text is installed, so that text will be left out.

On Debian or Ubuntu: sudo apt install fonts-noto-cjk; or put a font file into the fonts folder of SalesDesk's data folder.</source>
      <translation>未安装可显示%1文字的字体，这部分文字将被省略。

在 Debian 或 Ubuntu 上：sudo apt install fonts-noto-cjk；或者将字体文件放入 SalesDesk 数据文件夹中的 fonts 文件夹。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>Not exported</source>
      <translation>未导出</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>Not printed</source>
      <translation>未打印</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>Nothing to print</source>
      <translation>没有可打印的内容</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/paged.py" />
      <source>Page %1 of %2</source>
      <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>Print %1</source>
      <translation>打印 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>Print Preview — %1</source>
      <translation>打印预览 — %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/paged.py" />
      <source>the PDF came out empty</source>
      <translation>生成的 PDF 为空</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/paged.py" />
      <source>the printer or file could not be opened</source>
      <translation>无法打开打印机或文件</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/paged.py" />
      <source>the printer refused a new page</source>
      <translation>打印机拒绝新建页面</translation>
    </message>
  </context>
  <context>
    <name>ProfileCard</name>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source> (rumour)</source>
      <translation>（传闻）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>%1 of %2 answered</source>
      <translation>已回答 %1/%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>%1:
%2</source>
      <translation>%1：
%2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>%n deal(s)</source>
      <translation>
        <numerusform>%n 个商机</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Add date…</source>
      <translation>添加日期…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Add family member…</source>
      <translation>添加家庭成员…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Add key person…</source>
      <translation>添加关键人物…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Add news…</source>
      <translation>添加动态…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Add purchase…</source>
      <translation>添加采购记录…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Also noted</source>
      <translation>其他备注</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>BANT %1/4: </source>
      <translation>BANT %1/4：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>BANT and NEADS are edited in the deal editor (Open…).</source>
      <translation>BANT 和需求探询请在商机编辑器中编辑（打开…）。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Choose a customer to see their profile.</source>
      <translation>选择客户以查看其档案。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Company: %1</source>
      <translation>公司：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>Deals</source>
      <translation>商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>E-mail</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Earlier purchases</source>
      <translation>以往采购</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Edit details…</source>
      <translation>编辑详情…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Edit name, company, e-mails, phones, address (Ctrl+E)</source>
      <translation>编辑姓名、公司、邮箱、电话、地址（Ctrl+E）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Family members and important dates</source>
      <translation>家庭成员和重要日期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Gold-customer traits</source>
      <translation>优质客户特征</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Has not named anyone yet.</source>
      <translation>尚未介绍任何人。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Important: show it in the visit brief</source>
      <translation>重要：在拜访简报中显示</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Key people</source>
      <translation>关键人物</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Last contact</source>
      <translation>最近联系</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>Lost…</source>
      <translation>丢单…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Name the customer's company first (Edit details…)</source>
      <translation>请先填写客户的公司（编辑详情…）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>News and rumours</source>
      <translation>新闻与传闻</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Next activity</source>
      <translation>下一步活动</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Next visit</source>
      <translation>下次拜访</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>No deals yet.</source>
      <translation>暂无商机。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>None noted yet.</source>
      <translation>暂无记录。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>None raised so far.</source>
      <translation>至今未提出异议。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Note another fact and press Enter…</source>
      <translation>记下其他信息，按 Enter 添加…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Objections</source>
      <translation>异议</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Objections belong to a deal; the customer has none yet</source>
      <translation>异议须关联商机，而该客户尚无商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Open deals at today's rates</source>
      <translation>未结商机按今日汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Open: %1 in %2 · Won: %3 in %4</source>
      <translation>未结：%1（%2）· 赢单：%3（%4）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>Open…</source>
      <translation>打开…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Poor-customer traits</source>
      <translation>劣质客户特征</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Prefers</source>
      <translation>联系偏好</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Print dossier</source>
      <translation>打印客户资料</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Profile %1% complete</source>
      <translation>档案完整度 %1%</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>Put on hold</source>
      <translation>暂停商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Qualification</source>
      <translation>资格评估</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Record an objection…</source>
      <translation>记录异议…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Referrals</source>
      <translation>转介绍</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Referred by %1</source>
      <translation>由 %1 转介绍</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>Reopen…</source>
      <translation>重新打开…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>Resume</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Score %1 (%2 gold, %3 poor)</source>
      <translation>评分 %1（优质特征 %2 项，劣质特征 %3 项）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Tier %1</source>
      <translation>等级 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Won deals at the rates of their close days</source>
      <translation>赢单商机按各自成交日的汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>Won…</source>
      <translation>赢单…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Write down referrals…</source>
      <translation>记录转介绍…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>character</source>
      <translation>性格</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>from %1</source>
      <translation>供应商：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>goals</source>
      <translation>目标</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>not known yet</source>
      <translation>尚不清楚</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>open</source>
      <translation>未解决</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>pressures</source>
      <translation>压力</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>resolved</source>
      <translation>已解决</translation>
    </message>
  </context>
  <context>
    <name>Questions</name>
    <message>
      <location filename="../../salesdesk/ui/customers/questions_dialog.py" />
      <source>&amp;Add</source>
      <translation>添加(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/questions_dialog.py" />
      <source>&amp;Remove</source>
      <translation>删除(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/questions_dialog.py" />
      <source>Guiding Questions</source>
      <translation>引导问题</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/questions_dialog.py" />
      <source>New question?</source>
      <translation>新问题？</translation>
    </message>
  </context>
  <context>
    <name>QuickCreate</name>
    <message>
      <location filename="../../salesdesk/ui/board/quick_create.py" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/quick_create.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/quick_create.py" />
      <source>Customer (pick or type a new name)</source>
      <translation>客户（选择或输入新名称）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/quick_create.py" />
      <source>Deal title</source>
      <translation>商机名称</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/quick_create.py" />
      <source>The value is not a number.</source>
      <translation>金额不是有效数字。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/quick_create.py" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
  </context>
  <context>
    <name>Rates</name>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>%1 has no %2 column: the first line names the columns (date, currency, rate and optionally base), or every line holds a date, a currency code and a rate in that order</source>
      <translation>%1 缺少 %2 列：第一行应写明各列名称（date、currency、rate，可选 base），或者每一行依次包含日期、币种代码和汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>%1 holds more than %2 rates: split it into smaller files; nothing was imported</source>
      <translation>%1 包含超过 %2 条汇率：请拆分成较小的文件；未导入任何内容</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>%1 holds no rates</source>
      <translation>%1 中没有汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>%1 is not an ISO 4217 currency code</source>
      <translation>%1 不是 ISO 4217 币种代码</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>%1 new, %2 replaced, %3 already there.</source>
      <translation>新增 %1 条，替换 %2 条，%3 条已存在。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>&amp;Add…</source>
      <translation>添加(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>&amp;Edit…</source>
      <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>&amp;Import CSV…</source>
      <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>&amp;Remove</source>
      <translation>删除(&amp;R)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>(%n repeated line(s) taken once)</source>
      <translation>
        <numerusform>（%n 行重复，只取一次）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>1 %1 = ? %2</source>
      <translation>1 %1 = ? %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/exchange_rates.py" />
      <source>1 %1 in %2 has a rate from %3 already; change that one</source>
      <translation>1 %1 折合 %2 的汇率在 %3 已有一条；请修改那一条</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Add the %1 rate</source>
      <translation>添加 %1 汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>CSV files (*.csv *.txt);;All files (*)</source>
      <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Change the %1 rate</source>
      <translation>修改 %1 汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Currency</source>
      <translation>币种</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>Exchange Rate</source>
      <translation>汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Exchange Rates</source>
      <translation>汇率</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Import %n rate(s) of %1 from %2?</source>
      <translation>
        <numerusform>要从 %2 导入 %n 条 %1 汇率吗？</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Import Exchange Rates</source>
      <translation>导入汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Import rates from %1</source>
      <translation>从 %1 导入汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>New Exchange Rate</source>
      <translation>新建汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Not removed</source>
      <translation>未删除</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Nothing imported</source>
      <translation>未导入任何内容</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Nothing was imported: %n line(s) of the file cannot be read as a rate.</source>
      <translation>
        <numerusform>未导入任何内容：文件中有 %n 行无法识别为汇率。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Open deals in %1 have no rate for today: their amounts are left out of every total until one is entered.</source>
      <translation>以 %1 计价的未结商机没有今日汇率：在录入汇率之前，其金额不计入任何合计。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Rate</source>
      <translation>汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Rates imported</source>
      <translation>汇率已导入</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Remove %n exchange rate(s)</source>
      <translation>
        <numerusform>删除 %n 条汇率</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Totals are shown in %1 (Edit → Preferences… changes it). A rate holds from its day until the next rate of the same two currencies; won deals convert at the rate of their close day, everything else at today's.</source>
      <translation>合计以 %1 显示（可在 编辑 → 偏好设置… 中更改）。一条汇率自其生效日起有效，直到同一对币种的下一条汇率为止；赢单商机按其成交日的汇率折算，其余均按今日汇率。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Until</source>
      <translation>有效至</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Valid from</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>a rate needs two different currencies</source>
      <translation>汇率需要两种不同的币种</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>e.g. 1.0856</source>
      <translation>例如 1.0856</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>line %1 gives another rate for %2 on %3</source>
      <translation>第 %1 行已为 %2 在 %3 给出了另一个汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>now</source>
      <translation>至今</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/exchange_rates.py" />
      <source>that rate no longer exists; open the rates again</source>
      <translation>该汇率已不存在；请重新打开汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>the currency is a three-letter code such as EUR</source>
      <translation>币种应为三个字母的代码，例如 EUR</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>the line has %1 values, not %2</source>
      <translation>该行有 %1 个值，而不是 %2 个</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>the line is not valid CSV (%1)</source>
      <translation>该行不是有效的 CSV（%1）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>the rate has more than %1 decimals</source>
      <translation>汇率的小数超过 %1 位</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>the rate must be a positive number</source>
      <translation>汇率必须是正数</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>the rate must be below %1</source>
      <translation>汇率必须小于 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>the rate “%1” is not a number (write it like 1.0856)</source>
      <translation>汇率“%1”不是数字（请写成 1.0856 这样的格式）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/exchange_rates.py" />
      <source>there is no rate %1; open the rates again</source>
      <translation>不存在汇率 %1；请重新打开汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>“%1” is not a date written YYYY-MM-DD</source>
      <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>… and %n more line(s)</source>
      <translation>
        <numerusform>… 另有 %n 行</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Referrals</name>
    <message>
      <location filename="../../salesdesk/ui/customers/referral_dialog.py" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/referral_dialog.py" />
      <source>Phone (optional)</source>
      <translation>电话（可选）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/referral_dialog.py" />
      <source>Referrals from %1</source>
      <translation>来自 %1 的转介绍</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>  → %1</source>
      <translation>  → %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>%1 (%2 won deal(s))</source>
      <translation>%1（%2 个赢单商机）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>%1 days</source>
      <translation>%1 天</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>- %1 (%2)</source>
      <translation>- %1（%2）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Average sales cycle: %1</source>
      <translation>平均销售周期：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Average won deal: %1</source>
      <translation>平均赢单金额：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Conversion</source>
      <translation>转化率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Diagnosis:</source>
      <translation>诊断：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Diagnosis: nothing stands out.</source>
      <translation>诊断：没有明显问题。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Entered</source>
      <translation>进入</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Funnel %1 – %2</source>
      <translation>销售漏斗 %1 – %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>No exchange rate for %1: amounts in them are left out of the totals (salesdesk rates --set CODE RATE adds one)</source>
      <translation>%1 没有汇率：以这些币种计的金额未计入合计（可用 salesdesk rates --set CODE RATE 添加）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Open deals past their expected close date: %1</source>
      <translation>超过预计成交日期的进行中商机：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Open pipeline: %1 in %2 deal(s)</source>
      <translation>销售漏斗在途金额：%1，共 %2 个商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Overdue follow-ups: %1</source>
      <translation>逾期跟进：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Visits per week: %1, calls per week: %2</source>
      <translation>每周拜访：%1，每周电话：%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Weighted forecast this month (%1 – %2): %3 from %4 deal(s)</source>
      <translation>本月加权预测（%1 – %2）：%3，来自 %4 个商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Weighted forecast this quarter (%1 – %2): %3 from %4 deal(s)</source>
      <translation>本季度加权预测（%1 – %2）：%3，来自 %4 个商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Went on</source>
      <translation>推进</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Won %1, lost %2, win rate %3</source>
      <translation>赢单 %1，丢单 %2，赢单率 %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>created</source>
      <translation>创建日期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>deal</source>
      <translation>商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>decided</source>
      <translation>决定日期</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>id</source>
      <translation>id</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>lost</source>
      <translation>丢单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>on-hold</source>
      <translation>暂停</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>open</source>
      <translation>进行中</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>won</source>
      <translation>赢单</translation>
    </message>
  </context>
  <context>
    <name>Route</name>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 after the visit before</source>
      <translation>距上一拜访 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 after the visit before · %2</source>
      <translation>距上一拜访 %1 · %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 km, about %2</source>
      <translation>%1 km，约 %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 min</source>
      <translation>%1 分钟</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 min gap</source>
      <translation>间隔 %1 分钟</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 min gap, the way takes %2 min</source>
      <translation>间隔 %1 分钟，路程需 %2 分钟</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 to %2, about %3</source>
      <translation>%1 到 %2，约 %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 · %2 km</source>
      <translation>%1 · %2 km</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 · from %2</source>
      <translation>%1 · 从 %2 出发</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 · same city</source>
      <translation>%1 · 同城</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>Only %1 after the visit before, but the way takes longer: %2</source>
      <translation>距上一拜访仅 %1，但路程需要更久：%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>Overlaps: %1 · %2 · %3</source>
      <translation>时间重叠：%1 · %2 · %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>Starts before the visit before ends</source>
      <translation>在上一拜访结束前就开始了</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>Travel %1 between cities, %2 within one, %3 km/h with coordinates</source>
      <translation>路程时间：城市之间 %1，同城 %2，有坐标时按 %3 km/h 计算</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>at the same address</source>
      <translation>同一地址</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>overlaps %1 %2</source>
      <translation>与 %1 %2 重叠</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>starts before the visit before ends</source>
      <translation>早于上一拜访结束</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>under 1 km, about %1</source>
      <translation>不到 1 km，约 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>within %1, about %2</source>
      <translation>%1 市内，约 %2</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>"%1" can only be merged into a reason on the list</source>
      <translation>“%1”只能合并到列表中的原因</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>"%1" is the reason of %2 lost deal(s): retire it or merge it into another</source>
      <translation>“%1”是 %2 个丢单商机的丢单原因：请停用，或将其合并到其他原因</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>a former stage is already called "%1"</source>
      <translation>已有一个旧阶段名为“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/questions.py" />
      <source>a question cannot be blank</source>
      <translation>问题不能为空</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/questions.py" />
      <source>a question is longer than %1 characters</source>
      <translation>有一个问题超过了 %1 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>a stage without a name</source>
      <translation>未命名的阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>every reason needs a name</source>
      <translation>每个原因都需要名称</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>every stage needs a name</source>
      <translation>每个阶段都需要名称</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>keep at least one open stage</source>
      <translation>请至少保留一个进行中的阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>keep at least one reason that is not retired</source>
      <translation>请至少保留一个未停用的原因</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>only a reason taken off the list can be merged into another</source>
      <translation>只有已从列表中移除的原因才能合并到其他原因</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>say where the %1 deals of "%2" go</source>
      <translation>请指定“%2”的 %1 个商机移到哪里</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>say where the deal of "%1" goes</source>
      <translation>请指定“%1”的商机移到哪里</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/cadence.py" />
      <source>the cadence of tier %1 is 1 to 365 days</source>
      <translation>%1 级客户的跟进节奏应为 1 到 365 天</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>the deals of "%1" cannot go to "%2", which is removed too</source>
      <translation>“%1”的商机不能移到“%2”，因为该阶段也将被删除</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>the list of reasons is out of date; open the settings again</source>
      <translation>原因列表已过期；请重新打开设置</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>the name "%1…" is longer than %2 characters</source>
      <translation>名称“%1…”超过了 %2 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>the probability of %1 is not between 0 and 100 %</source>
      <translation>%1 的赢单概率不在 0 到 100 % 之间</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>the reason "%1…" is longer than %2 characters</source>
      <translation>原因“%1…”超过了 %2 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>the rot days of %1 must be at least 1</source>
      <translation>%1 的停滞天数至少为 1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>the stage list is out of date; open the settings again</source>
      <translation>阶段列表已过期；请重新打开设置</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>two reasons are called "%1"</source>
      <translation>有两个原因都叫“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>two stages are called "%1"</source>
      <translation>有两个阶段都叫“%1”</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/questions.py" />
      <source>“%1” is asked twice</source>
      <translation>问题“%1”重复了</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/preferences.py" />
      <source>“%1” is not an ISO 4217 currency code</source>
      <translation>“%1”不是 ISO 4217 币种代码</translation>
    </message>
  </context>
  <context>
    <name>StageSettings</name>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>&amp;Add</source>
      <translation>添加(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>&amp;Lost reasons</source>
      <translation>丢单原因(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>&amp;Remove…</source>
      <translation>删除(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>&amp;Stages</source>
      <translation>阶段(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Keep at least one stage for the deals.</source>
      <translation>请至少保留一个阶段来存放商机。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Move &amp;down</source>
      <translation>下移(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Move &amp;up</source>
      <translation>上移(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>New stage</source>
      <translation>新阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Remove stage</source>
      <translation>删除阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Rots after days</source>
      <translation>停滞天数</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Stage Settings</source>
      <translation>阶段设置</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Where do the %n deal(s) of “%1” go?</source>
      <translation>
        <numerusform>“%1”的 %n 个商机要移到哪里？</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Win probability</source>
      <translation>赢单概率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>never</source>
      <translation>从不</translation>
    </message>
  </context>
  <context>
    <name>Store</name>
    <message>
      <location filename="../../salesdesk/core/errors.py" />
      <source>%1 could not be read or written (%2). Nothing was saved.</source>
      <translation>无法读取或写入 %1（%2）。未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is a SQLite database, but not a SalesDesk database</source>
      <translation>%1 是 SQLite 数据库，但不是 SalesDesk 数据库</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is a folder, not a SalesDesk database</source>
      <translation>%1 是文件夹，不是 SalesDesk 数据库</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is an empty file, not a SalesDesk database; to make a new database there, delete it first (or start with --create)</source>
      <translation>%1 是空文件，不是 SalesDesk 数据库；要在该处新建数据库，请先删除它（或使用 --create 启动）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/integrity.py" />
      <source>%1 is damaged (%2) and was left untouched; no good backup of it was found next to it</source>
      <translation>%1 已损坏（%2），未作改动；在其旁边没有找到完好的备份</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/integrity.py" />
      <source>%1 is damaged (%2) and was left untouched; the newest good backup is %3 (salesdesk restore "%3" --db "%1")</source>
      <translation>%1 已损坏（%2），未作改动；最新的完好备份是 %3（salesdesk restore "%3" --db "%1"）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/errors.py" />
      <source>%1 is damaged (%2); restore a backup (salesdesk restore).</source>
      <translation>%1 已损坏（%2）；请恢复备份（salesdesk restore）。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is damaged or not a SQLite database (%2)</source>
      <translation>%1 已损坏或不是 SQLite 数据库（%2）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is not a SQLite database</source>
      <translation>%1 不是 SQLite 数据库</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is open read-only: changes cannot be saved. Nothing was changed.</source>
      <translation>%1 以只读方式打开：无法保存更改。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/errors.py" />
      <source>%1 is read-only: SalesDesk cannot save changes to it. Nothing was changed.</source>
      <translation>%1 是只读的：SalesDesk 无法保存对它的更改。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 was saved by a newer SalesDesk (schema %2); install the newer version to open it</source>
      <translation>%1 由更新版本的 SalesDesk 保存（架构 %2）；请安装新版本后再打开</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/errors.py" />
      <source>The database is busy (another SalesDesk or an import is writing); try again in a moment. Nothing was changed.</source>
      <translation>数据库正忙（另一个 SalesDesk 或导入正在写入）；请稍后再试。未做任何更改。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/errors.py" />
      <source>The disk holding %1 is full: nothing was saved. Free some space and try again.</source>
      <translation>存放 %1 的磁盘已满：未保存任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>cannot create a database at %1: %2</source>
      <translation>无法在 %1 创建数据库：%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>cannot create a database at %1: the file or its folder is read-only; copy it to a folder you can write to</source>
      <translation>无法在 %1 创建数据库：该文件或其所在文件夹是只读的；请将其复制到可写入的文件夹</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>cannot update the database at %1: the file or its folder is read-only; copy it to a folder you can write to</source>
      <translation>无法更新 %1 处的数据库：该文件或其所在文件夹是只读的；请将其复制到可写入的文件夹</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>could not create a database at %1: %2</source>
      <translation>未能在 %1 创建数据库：%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>could not update %1 to this version of SalesDesk (%2); the file was left as it was</source>
      <translation>无法将 %1 更新到此版本的 SalesDesk（%2）；文件保持原样</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>could not update %1 to this version of SalesDesk (%2); the file was left as it was; a backup is at %3</source>
      <translation>无法将 %1 更新到此版本的 SalesDesk（%2）；文件保持原样；备份位于 %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>the folder %1 does not exist</source>
      <translation>文件夹 %1 不存在</translation>
    </message>
  </context>
  <context>
    <name>Templates</name>
    <message>
      <location filename="../../salesdesk/ui/visits/templates_dialog.py" />
      <source>&amp;Remove</source>
      <translation>删除(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/templates_dialog.py" />
      <source>Add &amp;group</source>
      <translation>添加分组(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/templates_dialog.py" />
      <source>Add &amp;item</source>
      <translation>添加条目(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/templates_dialog.py" />
      <source>Checklist Templates</source>
      <translation>清单模板</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/templates_dialog.py" />
      <source>New checklist</source>
      <translation>新清单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/templates_dialog.py" />
      <source>New group</source>
      <translation>新分组</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/templates_dialog.py" />
      <source>New item</source>
      <translation>新条目</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/templates_dialog.py" />
      <source>New template…</source>
      <translation>新建模板…</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>%1 cancelled</source>
      <translation>%1（已取消）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>%1 done</source>
      <translation>%1（已完成）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>%1 planned</source>
      <translation>%1（已安排）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>%1: no-show</source>
      <translation>%1：客户未到场</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Add note</source>
      <translation>添加备注</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Created in %1</source>
      <translation>创建于“%1”</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Lost, after %Ln day(s) in %1</source>
      <translation>
        <numerusform>在“%1”停留 %Ln 天后丢单</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Moved to %1 after %Ln day(s) in %2</source>
      <translation>
        <numerusform>在“%2”停留 %Ln 天后移至“%1”</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Objection answered: %1</source>
      <translation>已回应异议：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Objection raised: %1</source>
      <translation>提出异议：%1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Put on hold, after %Ln day(s) in %1</source>
      <translation>
        <numerusform>在“%1”停留 %Ln 天后暂停</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Reopened in %1 (was %2)</source>
      <translation>在“%1”重新打开（原为“%2”）</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Resumed in %1 after %Ln day(s) on hold</source>
      <translation>
        <numerusform>暂停 %Ln 天后在“%1”恢复</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Show older</source>
      <translation>显示更早记录</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Won, after %Ln day(s) in %1</source>
      <translation>
        <numerusform>在“%1”停留 %Ln 天后赢单</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Write a note and press Enter…</source>
      <translation>写下备注，按 Enter 添加…</translation>
    </message>
  </context>
  <context>
    <name>TravelTimes</name>
    <message>
      <location filename="../../salesdesk/ui/visits/travel_dialog.py" />
      <source> km/h</source>
      <translation> 公里/小时</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/travel_dialog.py" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/travel_dialog.py" />
      <source>&amp;Between two cities:</source>
      <translation>城市之间(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/travel_dialog.py" />
      <source>&amp;Within one city:</source>
      <translation>同城(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/travel_dialog.py" />
      <source>Travel Times</source>
      <translation>路程时间</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <location filename="../../salesdesk/ui/change_stack.py" />
      <source>Cannot redo</source>
      <translation>无法重做</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/change_stack.py" />
      <source>Cannot undo</source>
      <translation>无法撤销</translation>
    </message>
  </context>
  <context>
    <name>VisitBrief</name>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>%1 (this one)</source>
      <translation>%1（本次）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>%1 for %2 min · %3</source>
      <translation>%1，%2 分钟 · %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Add a checklist item…</source>
      <translation>添加清单条目…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Add an item and press Enter…</source>
      <translation>添加条目，然后按 Enter…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Add an item for this visit only and press Enter…</source>
      <translation>添加仅用于本次拜访的条目，然后按 Enter…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Cancelled…</source>
      <translation>已取消…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Change…</source>
      <translation>修改…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Checklist: %1/%2 ready</source>
      <translation>清单：已就绪 %1/%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Choose a visit to see its brief and checklist.</source>
      <translation>选择一次拜访以查看其简报和清单。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Deal</source>
      <translation>商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Desired outcome</source>
      <translation>期望结果</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Done…</source>
      <translation>已完成…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Family</source>
      <translation>家庭</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Last time</source>
      <translation>上次结果</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Next activity: %1</source>
      <translation>下一步活动：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Next visit: %1</source>
      <translation>下次拜访：%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>No template</source>
      <translation>无模板</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>No-show…</source>
      <translation>爽约…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Objective</source>
      <translation>目的</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Open objections</source>
      <translation>未解决的异议</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Print dossier</source>
      <translation>打印客户资料</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Remember</source>
      <translation>牢记要点</translation>
    </message>
  </context>
  <context>
    <name>Visits</name>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Add checklist item</source>
      <translation>添加清单条目</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Change %1</source>
      <translation>修改%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Change checklist</source>
      <translation>更换清单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Change follow-up cadence</source>
      <translation>更改跟进节奏</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Change travel times</source>
      <translation>更改路程时间</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Close activity</source>
      <translation>结束活动</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Edit checklist template</source>
      <translation>编辑清单模板</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Plan %1</source>
      <translation>安排%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Tick checklist item</source>
      <translation>勾选清单条目</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>choose done, cancelled or no-show</source>
      <translation>请选择已完成、已取消或客户未到场</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>choose the customer</source>
      <translation>请选择客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>say what the next step is</source>
      <translation>请填写下一步</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <location filename="../../salesdesk/core/queries/visit_brief.py" />
      <source>that activity no longer exists</source>
      <translation>该活动已不存在</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>that checklist item no longer exists</source>
      <translation>该清单项已不存在</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>that checklist template no longer exists</source>
      <translation>该清单模板已不存在</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>the checklist template no longer exists</source>
      <translation>清单模板已不存在</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>the deal belongs to another customer</source>
      <translation>该商机属于另一位客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>the duration is %1 minutes to 12 hours</source>
      <translation>时长应在 %1 分钟到 12 小时之间</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>the text is longer than 2000 characters</source>
      <translation>文本超过 2000 个字符</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>write the item down first</source>
      <translation>请先写下清单项内容</translation>
    </message>
  </context>
  <context>
    <name>VisitsView</name>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>%1 (today)</source>
      <translation>%1（今天）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>%1 fully prepared</source>
      <translation>%1 项已准备就绪</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>%1 of %2 shown</source>
      <translation>显示 %1 项，共 %2 项</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>%1 planned or done</source>
      <translation>%1 项已计划或已完成</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/follow_ups.py" />
      <source>%1 · tier %2 · last contact %3</source>
      <translation>%1 · 等级 %2 · 最近联系 %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>%1/%2</source>
      <translation>%1/%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>%n cannot work as planned (see Route)</source>
      <translation>
        <numerusform>%n 项无法按计划进行（见“路线”列）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_filter.py" />
      <source>All kinds</source>
      <translation>所有类型</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/follow_ups.py" />
      <source>Birthdays and anniversaries in the next 14 days</source>
      <translation>未来 14 天内的生日和纪念日</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Brief and checklist</source>
      <translation>简报和清单</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Change checklist</source>
      <translation>更换清单</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Changing the checklist discards %n ticked item(s). Change it?</source>
      <translation>
        <numerusform>更换清单将丢弃 %n 个已勾选的条目。确定更换吗？</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Checklist templates…</source>
      <translation>清单模板…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Day</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Deal</source>
      <translation>商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/follow_ups.py" />
      <source>Due for a follow-up (Enter or double-click plans)</source>
      <translation>待跟进（按 Enter 或双击即可安排）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Earlier (Alt+Left)</source>
      <translation>更早（Alt+Left）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_filter.py" />
      <source>Filter by customer, deal, place or objective… (Esc clears)</source>
      <translation>按客户、商机、地点或目的筛选…（Esc 清除）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/follow_ups.py" />
      <source>Follow-up cadence…</source>
      <translation>跟进节奏…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Follow-ups and birthdays</source>
      <translation>跟进和生日</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Item not added</source>
      <translation>条目未添加</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Later (Alt+Right)</source>
      <translation>更晚（Alt+Right）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Nothing planned on these days.</source>
      <translation>这几天没有任何计划。</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Objective</source>
      <translation>目的</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/follow_ups.py" />
      <source>Overdue: planned, day passed, not closed</source>
      <translation>已逾期：已计划、日期已过、未结束</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Plan Visit…</source>
      <translation>安排拜访…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Plan a visit, call, e-mail or task for the selected customer (Ctrl+Shift+V)</source>
      <translation>为所选客户安排拜访、电话、邮件或任务（Ctrl+Shift+V）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Plan…</source>
      <translation>安排…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Print the dossiers for this day</source>
      <translation>打印当天的客户资料</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Ready</source>
      <translation>就绪</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Route</source>
      <translation>路线</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>The route and the dossier of every customer visited on the selected visit's day (or the day shown), each on new pages</source>
      <translation>所选拜访当天（或当前显示日期）的路线，以及当天拜访的每位客户的客户资料，各自从新页开始</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Today and its next activity</source>
      <translation>回到今天及下一步活动</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Travel times…</source>
      <translation>路程时间…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Visits</source>
      <translation>拜访</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Week</source>
      <translation>周</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/follow_ups.py" />
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>overdue follow-ups: %1</source>
      <translation>逾期跟进：%1</translation>
    </message>
  </context>
</TS>
