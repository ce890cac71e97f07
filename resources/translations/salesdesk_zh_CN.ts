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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Average won deal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Calls per week</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Forecast this month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Forecast this quarter</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Overdue follow-ups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>P&amp;lan</source>
      <translation>规划(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>P&amp;rint…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Past their close date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Peri&amp;od:</source>
      <translation>期间(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Print previe&amp;w…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>This quarter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>This year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Visits per week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Went on</source>
      <translation>推进</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Win rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Without a rate</source>
      <translation>无汇率</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>e.g. 200000</source>
      <translation>例如 200000</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>entered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>entered the first stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>in negotiation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>new contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>no open deal expected to close</source>
      <translation>没有预计成交的进行中商机</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/figures.py" />
      <source>no reason given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>none entered in the period</source>
      <translation>本期无商机进入</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>open deals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>open further down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>reached a proposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>rotting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>went on</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>%1 does not exist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>%1 is damaged (%2); choose another backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>%1 is not a SalesDesk database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>a backup cannot be restored onto itself</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>a backup cannot replace the database it copies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>could not back up %1 to %2: %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>could not restore %1 from %2: %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>restoring %1 failed (%2); its old state is in %3</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>a template is already called “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>an item of “%1” is blank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>every group needs a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>that checklist template no longer exists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>the template needs a name</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1 does not exist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1 is a folder, not a SalesDesk database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1: added %2 (%3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1: added nothing (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1: error: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1: read as %2</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/cli.py" />
      <source>%n page(s)</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>--base and --from go with --set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>--encoding and --dry-run go with --import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>--to must not be before --from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>1 %1 = %2 %3   %4 – %5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Checks the backup first, then keeps the database as it is now as a backup next to it, and copies the backup's contents into it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Good rows are imported in one transaction; every refused row is reported by its line number. Exit status 1 when any row was refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>No exchange rates yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>Open deals in %1 have no rate for today.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Open, won, lost and held deals, the most recently decided first. A closed or held deal's stage is the stage it was closed or put on hold from. --json writes money as a decimal string with its currency ("value": "1250.00", "currency": "EUR") and times in UTC (ISO 8601).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>PDF to write</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>SalesDesk does not speak %1; choose one of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>SalesDesk: the offline desktop assistant for field sales reps.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>Totals are shown in %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>UTF-8 CSV, spreadsheet-safe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Without --set or --import, lists the rates and the currencies of open deals that have no rate today. A rate means 1 BASE = RATE CODE, valid from its day until the next rate of the same two currencies; the base is the reporting currency unless given. A file is CSV with date (YYYY-MM-DD), currency and rate per line (a header line naming them, and a base column, are optional); any line with a problem stores nothing, and every such line is reported. Exit status 1 when any line was refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Without a command, starts the app. The default database lives in your user data folder; a new database gets sample data unless --empty is given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Works without a display. --day prints a first page with the day's route, then the dossier of every customer visited that day, in visit order.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>a day of visits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>a row that matches an existing customer (same e-mail, phone, or name and company) but has other values: fill the customer's empty fields (default), add it as another customer, or skip it. Rows already there are always skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>area to show first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>country of phone numbers written without +country code (default from LANG: %(default)s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>database file to open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>deals need customers: give --customers of at least 1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>do not fill a new database with sample data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>fill a database with generated sample data at any scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>import customers from a .csv (header row) or .vcf file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>imported %1 customer(s); updated %2; skipped %3 already there; refused %4 row(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>imported %1 rate(s); replaced %2; %3 already there; %4 repeated line(s) taken once</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>imported nothing: %1 line(s) refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>importing: %1% (line %2 of about %3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>kept 1 %1 = %2 %3 from %4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>list every deal with its stage, status, value, customer, dates and lost reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>list the rates as JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>list, set or import exchange rates (totals are shown in the reporting currency)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>make a new database at --db even where an empty (0-byte) file is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>must not be negative: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>not a date (YYYY-MM-DD): %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>not a whole number: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>only report what would be imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>options</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>positional arguments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>print JSON instead of a table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>print customer dossiers to PDF: one customer, or everyone visited on a day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>put a backup back in place of a database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>render the window (1280x800) to a PNG file and exit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>replace the file given with --out if it exists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>replaced 1 %1 = %2 %3 from %4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>restored %1 from %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>restored %1 from %2; its previous state is kept in %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>salesdesk: error: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>salesdesk: error: %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>salesdesk: warning: no %1 font is installed; %1 text is left out (on Debian/Ubuntu: apt install fonts-noto-cjk)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>show program's version number and exit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>show this help message and exit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>store the rate of one currency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>stored 1 %1 = %2 %3 from %4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>the customer's id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>the file's encoding when it is not UTF-8 or UTF-16 with a byte order mark (e.g. cp1252, cp1250, cp1251, latin-1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>the funnel, key figures and diagnosis of a period (last 90 days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>the language of messages, dates and numbers: %1 (default: the one chosen in Preferences, else the system's)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>the rate “%1” is not a number (write it like 1.0856)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>the rep's country, whose territory the customers live in (default from LANG: %(default)s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>usage: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>vCard 3.0</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>where to write (default: next to the database)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>which deals (default: all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>with --import: only check the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>with --import: the file's encoding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>with --set (today)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>with --set: 1 BASE = RATE CODE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>would import %1 customer(s); would update %2; skipped %3 already there; refused %4 row(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>would import %1 rate(s); %2 repeated line(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>write a consistent copy of a database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>write every customer to CSV or vCard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>write the one-page weekly funnel report as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>write the planned visits of a period as an iCalendar file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>wrote %1 customer(s) to %2</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/cli.py" />
      <source>wrote %n dossier(s) on %1 to %2</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/cli.py" />
      <source>wrote %n planned activit(y|ies) to %1</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/cli.py" />
      <source>wrote the funnel report (%n page(s)) to %1</source>
      <translation type="unfinished">
        <numerusform />
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
      <source>&amp;Birthday:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>&amp;E-mails (one per line):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>&amp;Position:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>&amp;Street:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>&amp;Tier:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>C&amp;ompany:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Co&amp;untry:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Coordin&amp;ates:</source>
      <translation type="unfinished" />
    </message>
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
      <source>N&amp;otes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>No preference</source>
      <translation>无偏好</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>P&amp;hones (one per line):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Postal code, cit&amp;y:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Prefers:</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>choose someone else of the company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>name the customer's company first (Edit details…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>news cannot lie in the future</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/family.py" />
      <source>say what the date is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>say what was bought</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/notes.py" />
      <source>that customer no longer exists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/notes.py" />
      <source>that deal is not one of the customer's</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <location filename="../../salesdesk/core/operations/row_change.py" />
      <source>that entry no longer exists; open the card again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <source>that fact no longer exists; open the card again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>the amount cannot be negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <source>the answer is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <source>the birthday lies in the future</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the city is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the company is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the country is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>the currency is a three-letter code such as EUR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the customer needs a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <source>the fact is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <source>the name is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/notes.py" />
      <source>the note is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/notes.py" />
      <source>the note is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the notes is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the position is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the postal code is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the street is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <source>the text is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <location filename="../../salesdesk/core/operations/qualification.py" />
      <location filename="../../salesdesk/core/operations/referrals.py" />
      <location filename="../../salesdesk/core/queries/profile.py" />
      <source>there is no customer %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/referrals.py" />
      <source>there is no deal %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <source>there is no question %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/referrals.py" />
      <source>write down at least one name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <source>write down the name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>write down what happened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <source>write the fact down first</source>
      <translation type="unfinished" />
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
      <source>Authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Budget</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Mark &amp;won…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Put on &amp;hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Qualification</source>
      <translation>资格审查</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Re&amp;open…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Re&amp;sume</source>
      <translation type="unfinished" />
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
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Timeline</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>All reasons</source>
      <translation>全部原因</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Any time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Back to the board (Ctrl+Shift+D)</source>
      <translation>返回看板（Ctrl+Shift+D）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Between…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Last 90 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Lost</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Open</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Won</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>a deal is listed twice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>choose an open stage of the funnel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>choose the customer of the deal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>deals are created in open stages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>name the customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>no deals chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>no deals to move</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>on hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are on hold can be resumed; %2 of them are %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are on hold can be resumed; one of them is %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open can be put on hold; %2 of them are %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open can be put on hold; one of them is %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open or on hold can be marked lost; %2 of them are %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open or on hold can be marked lost; one of them is %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open or on hold can be marked won; %2 of them are %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open or on hold can be marked won; one of them is %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are won or lost can be reopened; %2 of them are %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are won or lost can be reopened; one of them is %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>say why the deal was lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>that lost reason is no longer on the list; choose another</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the currency is a three-letter code such as EUR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the customer's name is too long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the deal needs a title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>the detail is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>the lost reason "%1" is retired; choose another</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the probability is 0 to 100 %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>the stage the deal left is gone; choose the stage it goes to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the title is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the value cannot be negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>there is no deal %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>there is no stage %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>this database has no Lost stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>this database has no On hold stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>this database has no Won stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>won</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Defaults</name>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>All known objections answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Ask for one to three referrals after signing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Bad timing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Birthday, and how they like to celebrate it?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Body</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Books, films or music they enjoy?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Brochures and price list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Budget available for this purchase?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Business cards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Cars, gadgets or collections they care about?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Causes or charities they support?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Children: names and ages?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Chose a competitor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Clean, presentable, dressed like an expert of the trade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Closing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Closing kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Closing question prepared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Clubs or associations they belong to?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Contact left or changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Contract printed in two copies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Contracted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Current position and main responsibilities?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Current price list and discount limits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Decision maker confirmed to attend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Desired outcome of this visit written down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Do they prefer to buy, lease or subscribe?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Do they smoke or drink? Any dietary needs?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Education: school, university, degree?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>End time set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Everyone needed is coming</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Everything needed to sign on the spot.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Family topics to avoid?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Family traditions or holidays that matter to them?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Favourite food, restaurant and drink?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Favourite holiday destinations and travel plans?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Financial situation of the company: growing, stable, under pressure?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Goals for this year at work?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Hobbies and how they spend weekends?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>How do they measure success in their job?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>How long in this role and with this employer?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>How price-sensitive are they compared with quality and service?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>How satisfied are they with the current supplier?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Industry news worth talking about</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Kept their current solution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Know the open objections and the answers to them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Know the real decision maker and their personality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Know what they bought before, and from whom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Knowledge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Laptop or tablet charged, demo works offline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Married or in a partnership? Partner's name?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Memberships in professional associations?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Mind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Negotiation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>New contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>No budget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>On hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Order form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Paperwork</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Parents living nearby? Anyone they care for?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Partner's occupation and interests?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Payment habits: pays on time, asks for terms?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Pets, and their names?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Pitch ready in three lengths: 30 seconds, 5 minutes, full demo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Positive and looking forward to the meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Pre-visit preparation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Presented</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Pressure they are under right now, and from whom?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Previous employers and positions?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Price too high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Product and technical facts at hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Product does not fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Professional achievements they are proud of?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Proposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Qualified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Recalled a recent visit that went well</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Receipt or invoice book</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Reread the customer's profile card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Reviewed our product's three strongest advantages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Reviewed the competitors' weak points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Samples</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Slept enough and rested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Sports they play or follow, favourite team?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Their role in the buying decision: decides, influences, uses, or blocks?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Time and topic agreed and confirmed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Tools</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Topics they dislike or find sensitive?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Topics they love to talk about?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Walk into the meeting prepared: yourself, your knowledge, the customer, the meeting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Wedding or partnership anniversary?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Went quiet: no decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>What have they bought before, and from which suppliers?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>What return on the investment do they expect?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>When does the budget year start?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Where did they grow up?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Where do they want to be in five years?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Which discounts or conditions did they get before?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Which schools or universities do the children attend?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Who approves spending, and up to what amount?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Who do they report to, and who reports to them?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Won</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Diagnosis</name>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Agree a decision date with each buyer and prepare answers to price objections.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Block time every week for new contacts: referrals first, then calls and visits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Call or visit each rotting deal this week, or close it as lost.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Deals pile up in negotiation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Few deals reach a proposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Look at the deals stuck in “%1”: what do they wait for?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Many deals are rotting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Prospecting has stalled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Qualify harder early (BANT) and present the value before writing offers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>The bottleneck is “%1”</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_actions.py" />
      <source>Print…</source>
      <translation type="unfinished" />
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
      <translation>%1 的路线</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Rumour:</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <location filename="../../salesdesk/ui/visits/close_dialog.py" />
      <source />
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Amount:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>&amp;Base (1 unit of):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;Birthday:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Character:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>&amp;Currency:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;Date:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Decision role:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Function:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Goals:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Heard from:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/close_dialog.py" />
      <source>&amp;Next step:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Pressures:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>&amp;Rate:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;Relation:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Reports to:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Supplier:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>&amp;Valid from:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/close_dialog.py" />
      <source>&amp;What came of it:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;What happened:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;What:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;When:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/widgets/entry_dialog.py" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>N&amp;otes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>W&amp;hen:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../../salesdesk/core/exchange/calendar.py" />
      <source>Desired outcome: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/calendar.py" />
      <source>Objective: %1</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/vcard_reader.py" />
      <source>%1 holds no vCard (BEGIN:VCARD … END:VCARD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>%1 is not %2 text (line %3 has the byte 0x%4): nothing was imported; %5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a birthday (write YYYY-MM-DD or --MM-DD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a date (write YYYY-MM-DD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a latitude (write degrees like 40.4168)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a longitude (write degrees like 40.4168)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a phone number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a phone number; start it with + and the country code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a place: write latitude, longitude (40.4168, -3.7038)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not an e-mail address: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>%1 is not an encoding SalesDesk knows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>%1 looks like UTF-16 without a byte order mark: nothing was imported; choose utf-16-le or utf-16-be as its encoding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/importer.py" />
      <source>%1: SalesDesk imports .csv and .vcf files</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Customer files (*.csv *.vcf);;CSV (*.csv);;vCard (*.vcf)</source>
      <translation>客户文件 (*.csv *.vcf);;CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>DOS (code page 437)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>DOS (code page 850)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>E-mails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Export Customers</source>
      <translation>导出客户</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>ISO 8859-1 (Latin-1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>ISO 8859-15 (Latin-9)</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>Mac OS Roman</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>Name</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>UTF-16 BE without byte order mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>UTF-16 LE without byte order mark</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>UTF-8 (with BOM)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>What happens</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>Windows-1250 (Central Europe)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>Windows-1251 (Cyrillic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>Windows-1252 (Western Europe, Americas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/csv_reader.py" />
      <source>a quote opened here is never closed: this and every later line was not read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>cannot read %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>choose the file's encoding (for example cp1252 for Excel on Windows in Western Europe, cp1250 for Central Europe, cp1251 for Cyrillic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/csv_reader.py" />
      <source>columns not imported: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/duplicates.py" />
      <source>e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>give both latitude and longitude, or neither</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>line %1 of this file</source>
      <translation>本文件第 %1 行</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>line %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>lines %1–%2: %3</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/duplicates.py" />
      <source>name and company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>name is missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>new</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/vcard_reader.py" />
      <source>not a readable vCard (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/duplicates.py" />
      <source>phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/vcard_reader.py" />
      <source>photos are not imported (%1 card(s) had one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>same as existing (skip)</source>
      <translation>与现有记录相同（跳过）</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/vcard_reader.py" />
      <source>the card has no END:VCARD (line %1 begins another card): not imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/vcard_reader.py" />
      <source>the card has no END:VCARD: not imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the city is longer than %1 characters (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the company is longer than %1 characters (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the country is longer than %1 characters (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/importer.py" />
      <source>the import was cancelled: nothing was stored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>the latitude is -%1 to %1 degrees, not %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>the longitude is -%1 to %1 degrees, not %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the name is longer than %1 characters (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the notes is longer than %1 characters (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the position is longer than %1 characters (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the postal code is longer than %1 characters (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/csv_reader.py" />
      <source>the row has %1 values, but the header names %2 columns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/csv_reader.py" />
      <source>the row is not valid CSV (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the street is longer than %1 characters (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>the tier is A, B or C, not %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>After-sales service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Anniversary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Birthday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Business is doing badly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Career</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Competitor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Could place a large order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Family</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Financially sound, pays fast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Function or performance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Guarantees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Hard to show value to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Has an urgent need</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Is a centre of influence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Leisure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Money</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Negative about everything</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>No follow-up business</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>No reference value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>No-show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Office and home are near</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Positive about our industry and product</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Price</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Resources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Sees a clear cost/benefit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Small deal even if won</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Solution they expect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Task</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Too far away</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>What they enjoy about it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>What they use now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>What they would alter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Who decides</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>became a customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>champion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>child</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>contacted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>decides</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>declined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>gatekeeper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>influences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>parent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>partner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>pet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>sibling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>spouse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>uses</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Limits</name>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the amount has more than two decimals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the amount is too large (at most %1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the amount must be a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the date %1 is not between %2 and %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the time needs a time zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the value has more than two decimals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the value is too large (at most %1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the value must be a number</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>&amp;Deal:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/objections.py" />
      <source>choose the deal the objection was raised on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/objections.py" />
      <source>the text is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/objections.py" />
      <source>there is no objection %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/objections.py" />
      <source>write down what the customer said</source>
      <translation type="unfinished" />
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
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Mark %n deal(s) won</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Mark “%1” lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Mark “%1” won</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Put %n deal(s) on hold</source>
      <translation type="unfinished">
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Put “%1” on hold</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Reopen %n deal(s) in %1</source>
      <translation type="unfinished">
        <numerusform />
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
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Resume %n deal(s)</source>
      <translation type="unfinished">
        <numerusform />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Add family member…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Add key person…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Add news…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Add purchase…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Poor-customer traits</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>Resume</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>%1 holds more than %2 rates: split it into smaller files; nothing was imported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>%1 holds no rates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>%1 is not an ISO 4217 currency code</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Valid from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>a rate needs two different currencies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>e.g. 1.0856</source>
      <translation>例如 1.0856</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>line %1 gives another rate for %2 on %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>now</source>
      <translation>至今</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/exchange_rates.py" />
      <source>that rate no longer exists; open the rates again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>the currency is a three-letter code such as EUR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>the line has %1 values, not %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>the line is not valid CSV (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>the rate has more than %1 decimals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>the rate must be a positive number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>the rate must be below %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>the rate “%1” is not a number (write it like 1.0856)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/exchange_rates.py" />
      <source>there is no rate %1; open the rates again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>“%1” is not a date written YYYY-MM-DD</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>%1 %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>%1 (%2 won deal(s))</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>%1 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>- %1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Average sales cycle: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Average won deal: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Diagnosis:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Diagnosis: nothing stands out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Entered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Funnel %1 – %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>No exchange rate for %1: amounts in them are left out of the totals (salesdesk rates --set CODE RATE adds one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Open deals past their expected close date: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Open pipeline: %1 in %2 deal(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Overdue follow-ups: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Visits per week: %1, calls per week: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Weighted forecast this month (%1 – %2): %3 from %4 deal(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Weighted forecast this quarter (%1 – %2): %3 from %4 deal(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Went on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Won %1, lost %2, win rate %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>deal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>entered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>entered first stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>in negotiation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>new contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>on-hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>open deals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>open further down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>reached proposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>rotting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>went on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>won</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Route</name>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 after the visit before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 after the visit before · %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 km, about %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 min gap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 min gap, the way takes %2 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 to %2, about %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 · %2 km</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 · from %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 · same city</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>Only %1 after the visit before, but the way takes longer: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>Overlaps: %1 · %2 · %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>Starts before the visit before ends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>Travel %1 between cities, %2 within one, %3 km/h with coordinates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>at the same address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>overlaps %1 %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>starts before the visit before ends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>under 1 km, about %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>within %1, about %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>"%1" can only be merged into a reason on the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>"%1" is the reason of %2 lost deal(s): retire it or merge it into another</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>a former stage is already called "%1"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/questions.py" />
      <source>a question cannot be blank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/questions.py" />
      <source>a question is longer than %1 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>a stage without a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>every reason needs a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>every stage needs a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>keep at least one open stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>keep at least one reason that is not retired</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>only a reason taken off the list can be merged into another</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>say where the %1 deals of "%2" go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>say where the deal of "%1" goes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/cadence.py" />
      <source>the cadence of tier %1 is 1 to 365 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>the deals of "%1" cannot go to "%2", which is removed too</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>the list of reasons is out of date; open the settings again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>the name "%1…" is longer than %2 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>the probability of %1 is not between 0 and 100 %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>the reason "%1…" is longer than %2 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>the rot days of %1 must be at least 1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>the stage list is out of date; open the settings again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>two reasons are called "%1"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>two stages are called "%1"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/questions.py" />
      <source>“%1” is asked twice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/preferences.py" />
      <source>“%1” is not an ISO 4217 currency code</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is a SQLite database, but not a SalesDesk database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is a folder, not a SalesDesk database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is an empty file, not a SalesDesk database; to make a new database there, delete it first (or start with --create)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/integrity.py" />
      <source>%1 is damaged (%2) and was left untouched; no good backup of it was found next to it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/integrity.py" />
      <source>%1 is damaged (%2) and was left untouched; the newest good backup is %3 (salesdesk restore "%3" --db "%1")</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/errors.py" />
      <source>%1 is damaged (%2); restore a backup (salesdesk restore).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is damaged or not a SQLite database (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is not a SQLite database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is open read-only: changes cannot be saved. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/errors.py" />
      <source>%1 is read-only: SalesDesk cannot save changes to it. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 was saved by a newer SalesDesk (schema %2); install the newer version to open it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/errors.py" />
      <source>The database is busy (another SalesDesk or an import is writing); try again in a moment. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/errors.py" />
      <source>The disk holding %1 is full: nothing was saved. Free some space and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>cannot create a database at %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>cannot create a database at %1: the file or its folder is read-only; copy it to a folder you can write to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>cannot update the database at %1: the file or its folder is read-only; copy it to a folder you can write to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>could not create a database at %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>could not update %1 to this version of SalesDesk (%2); the file was left as it was</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>could not update %1 to this version of SalesDesk (%2); the file was left as it was; a backup is at %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>the folder %1 does not exist</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>%1 done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>%1 planned</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/travel_dialog.py" />
      <source>&amp;Between two cities:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/travel_dialog.py" />
      <source>&amp;Within one city:</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>choose the customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>say what the next step is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <location filename="../../salesdesk/core/queries/visit_brief.py" />
      <source>that activity no longer exists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>that checklist item no longer exists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>that checklist template no longer exists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>the checklist template no longer exists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>the deal belongs to another customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>the duration is %1 minutes to 12 hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>the text is longer than 2000 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>write the item down first</source>
      <translation type="unfinished" />
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
