<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
  <context>
    <name>Analytics</name>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>%1 (won %2, lost %3)</source>
      <translation>%1 (성사 %2, 실패 %3)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>%1 by %2: no deal was won in %3, so there is no average deal to plan with.</source>
      <translation>%2까지 목표 %1: %3 기간에 성사된 거래가 없어 계획에 쓸 평균 거래 금액이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%1 days</source>
      <translation>%1일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>%1 in %2</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>%1 in %2 takes %3 won deals at the average won deal of the last twelve months (%4, %5): %6. Weighted forecast of the period: %7 — %8.</source>
      <translation>%2 기간 목표 %1 달성에는 최근 12개월 평균 성사 금액(%4, %5: %6) 기준으로 성사 거래 %3건이 필요합니다. 기간 가중 예측: %7 — %8.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>%1 more than the target</source>
      <translation>목표보다 %1 초과</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>%1 of %2 open deals</source>
      <translation>진행 중인 거래 %2건 중 %1건</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>%1 open deals</source>
      <translation>진행 중인 거래 %1건</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>%1 short of the target</source>
      <translation>목표까지 %1 부족</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%1 weighted, from %2 (%3 in full)</source>
      <translation>가중 %1, 거래 %2 기준 (전체 %3)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%1 went on (%2 of %3)</source>
      <translation>%1 통과 (%3건 중 %2건)</translation>
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
      <translation>%1 – %2 · 현재 진행 중인 거래: %3 · 정체: %4</translation>
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
        <numerusform>거래 %n건</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%n entered</source>
      <translation>
        <numerusform>진입 %n건</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>%n open deal(s)</source>
      <translation>
        <numerusform>진행 중인 거래 %n건</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%n open now</source>
      <translation>
        <numerusform>현재 진행 %n건</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>%n won deal(s)</source>
      <translation>
        <numerusform>성사 거래 %n건</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>(set)</source>
      <translation>(설정)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Analytics</source>
      <translation>분석</translation>
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
      <translation>성사 확률</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Chance to win: measured from the last twelve months; “(set)” where history is thin and the stage's probability is used.</source>
      <translation>성사 확률: 최근 12개월 실적으로 산출합니다. 이력이 부족하면 단계 확률을 사용하고 “(설정)”으로 표시합니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Conversion</source>
      <translation>전환율</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Covered: every stage holds the deals the target needs.</source>
      <translation>충족: 모든 단계에 목표 달성에 필요한 거래가 있습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Custom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Days in stage</source>
      <translation>단계 체류일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Deals</source>
      <translation>거래</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Deals won %1, each converted at the rate of its close day.</source>
      <translation>%1 기간의 성사 거래이며, 각 거래는 마감일 환율로 환산했습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Diagnosis</source>
      <translation>진단</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>E&amp;nter rates…</source>
      <translation>환율 입력(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Enter a target to see what the funnel must hold.</source>
      <translation>목표를 입력하면 영업 퍼널에 필요한 거래 규모를 볼 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Enter the target as a positive amount, like 200000 or 200,000.50.</source>
      <translation>목표는 200000 또는 200,000.50처럼 양수 금액으로 입력하세요.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Entered</source>
      <translation>진입</translation>
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
      <translation>부족</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>In pipeline</source>
      <translation>보유</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Key figures</source>
      <translation>핵심 지표</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Last 90 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Lost in the period, by reason</source>
      <translation>기간 내 실패 거래(사유별)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Needed</source>
      <translation>필요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>No exchange rate for %1: amounts in it are left out of the totals below.</source>
      <translation>%1 환율이 없어 해당 통화 금액은 아래 합계에서 제외됩니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Not covered: %1.</source>
      <translation>미충족: %1.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Nothing stands out — or too little happened in the period to say (a finding needs at least 10 deals).</source>
      <translation>눈에 띄는 점이 없거나, 기간 내 활동이 너무 적어 판단할 수 없습니다(판단하려면 거래가 10건 이상 필요합니다).</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Open</source>
      <translation>진행 중</translation>
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
      <translation>계획(&amp;L)</translation>
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
      <translation>기간(&amp;O):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Print previe&amp;w…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Reason</source>
      <translation>사유</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Revenue tar&amp;get:</source>
      <translation>매출 목표(&amp;G):</translation>
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
      <translation>단계</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>Target planner</source>
      <translation>목표 계획</translation>
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
      <translation>금액</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Visits per week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Went on</source>
      <translation>통과</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Win rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Without a rate</source>
      <translation>환율 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>conversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>e.g. 200000</source>
      <translation>예: 200000</translation>
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
      <translation>마감 예정인 진행 중 거래 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/figures.py" />
      <source>no reason given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>none entered in the period</source>
      <translation>기간 내 진입 없음</translation>
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
      <translation>“%1”: 측정된 성사 확률 없음</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>“%1” lacks %n deal(s)</source>
      <translation>
        <numerusform>“%1”: 거래 %n건 부족</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <location filename="../../salesdesk/ui/app.py" />
      <source>Not saved</source>
      <translation>저장되지 않음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/app.py" />
      <source>Something went wrong; nothing was saved by the step that failed.

%1</source>
      <translation>문제가 발생했습니다. 실패한 단계에서는 아무것도 저장되지 않았습니다.

%1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/app.py" />
      <source>Unexpected error</source>
      <translation>예기치 않은 오류</translation>
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
가중 %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>%1 shown of %2</source>
      <translation>%2건 중 %1건 표시</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/outcome_bar.py" />
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_model.py" />
      <source>%1 · checklist %2/%3 ready</source>
      <translation>%1 · 체크리스트 %2/%3 완료</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_model.py" />
      <source>%1 · qualification score %2 (gold traits minus poor traits)</source>
      <translation>%1 · 자격 점수 %2 (우량 특성에서 비우량 특성을 뺀 값)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/card_delegate.py" />
      <source>%Ln day(s)</source>
      <translation>
        <numerusform>%Ln일</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/column_widget.py" />
      <source>%Ln deal(s)</source>
      <translation>
        <numerusform>거래 %Ln건</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>%Ln open deal(s)</source>
      <translation>
        <numerusform>진행 중인 거래 %Ln건</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/column_widget.py" />
      <source>%Ln rotting</source>
      <translation>
        <numerusform>정체 %Ln건</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>&amp;Closed and Held Deals</source>
      <translation>종료·보류된 거래(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>&amp;Edit Deal…</source>
      <translation>거래 편집(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>&amp;Filter Deals</source>
      <translation>거래 필터(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>&amp;Move to Stage</source>
      <translation>단계로 이동(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>&amp;New Deal…</source>
      <translation>새 거래(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>&amp;Print Customer's Dossier</source>
      <translation>고객 자료 인쇄(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>&amp;Stage Settings…</source>
      <translation>단계 설정(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>+2 score</source>
      <translation>+2 점수</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_widget.py" />
      <source>Add a deal to this stage</source>
      <translation>이 단계에 거래 추가</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_forms.py" />
      <source>Add “%1”</source>
      <translation>“%1” 추가</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>After the tier: the customer's qualification score, gold traits minus poor traits</source>
      <translation>등급 옆 숫자는 고객의 자격 점수입니다(우량 특성에서 비우량 특성을 뺀 값)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/filter_bar.py" />
      <source>All tiers</source>
      <translation>전체 등급</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_forms.py" />
      <source>Change stages</source>
      <translation>단계 변경</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/outcome_bar.py" />
      <source>Drop deals here to mark them lost (asks why); click to see the lost deals</source>
      <translation>거래를 여기에 놓으면 실패로 표시됩니다(사유 입력). 클릭하면 실패 거래를 볼 수 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/outcome_bar.py" />
      <source>Drop deals here to mark them won; click to see the won deals</source>
      <translation>거래를 여기에 놓으면 성사로 표시됩니다. 클릭하면 성사 거래를 볼 수 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/outcome_bar.py" />
      <source>Drop deals here to put them on hold; click to see the deals on hold</source>
      <translation>거래를 여기에 놓으면 보류됩니다. 클릭하면 보류 중인 거래를 볼 수 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_forms.py" />
      <source>Edit “%1”</source>
      <translation>“%1” 편집</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/filter_bar.py" />
      <source>Filter by deal, customer or company…</source>
      <translation>거래, 고객, 회사로 필터…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>Legend of the card marks</source>
      <translation>카드 표시 범례</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/outcome_bar.py" />
      <source>Lost</source>
      <translation>실패</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Mark &amp;Lost…</source>
      <translation>실패로 표시(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Mark &amp;Won…</source>
      <translation>성사로 표시(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>Mark won</source>
      <translation>성사로 표시</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>Move %n deal(s) to %1</source>
      <translation>
        <numerusform>%1 단계로 거래 %n건 이동</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Move to &amp;Next Stage</source>
      <translation>다음 단계로 이동(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Move to &amp;Previous Stage</source>
      <translation>이전 단계로 이동(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>Move “%1” to %2</source>
      <translation>“%1” 거래를 %2 단계로 이동</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_model.py" />
      <source>Next activity overdue</source>
      <translation>다음 활동 기한 지남</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_model.py" />
      <source>Next activity planned</source>
      <translation>다음 활동 예정됨</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_model.py" />
      <source>Next activity today</source>
      <translation>다음 활동 오늘</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>No Won stage</source>
      <translation>성사 단계 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_widget.py" />
      <source>No deals</source>
      <translation>거래 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/filter_bar.py" />
      <source>No next activity</source>
      <translation>다음 활동 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_model.py" />
      <source>No next activity scheduled</source>
      <translation>예정된 다음 활동 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>No open deals yet: add one with + on a column.</source>
      <translation>진행 중인 거래가 아직 없습니다. 열의 + 버튼으로 추가하세요.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>No visit, call or task is planned for the deal</source>
      <translation>이 거래에 예정된 방문, 통화, 작업이 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_forms.py" />
      <source>Note on “%1”</source>
      <translation>“%1” 메모</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/outcome_bar.py" />
      <source>On hold</source>
      <translation>보류</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>Only deals on hold can be closed from here.</source>
      <translation>여기서는 보류 중인 거래만 종료할 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Open &amp;Customer</source>
      <translation>고객 열기(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Plan &amp;Visit or Call…</source>
      <translation>방문/통화 계획(&amp;V)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Put on &amp;Hold</source>
      <translation>보류하기(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Re&amp;open…</source>
      <translation>다시 열기(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_actions.py" />
      <source>Re&amp;sume</source>
      <translation>재개(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/filter_bar.py" />
      <source>Rotting only</source>
      <translation>정체 거래만</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>Select a deal in the list first.</source>
      <translation>먼저 목록에서 거래를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>Select a deal on the board first.</source>
      <translation>먼저 보드에서 거래를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>That works on the board's open deals.</source>
      <translation>보드의 진행 중인 거래에만 사용할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>The %Ln deals are in the last stage. Mark them won?</source>
      <translation>
        <numerusform>거래 %Ln건이 마지막 단계에 있습니다. 성사로 표시할까요?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>The deals on the board are open; closed and held deals are in the list (Ctrl+Shift+D).</source>
      <translation>보드에는 진행 중인 거래만 표시됩니다. 종료·보류된 거래는 목록(Ctrl+Shift+D)에 있습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>The next visit, call or task is overdue</source>
      <translation>다음 방문, 통화 또는 작업의 기한이 지났습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>The next visit, call or task is planned for a later day</source>
      <translation>다음 방문, 통화 또는 작업이 이후 날짜로 예정되어 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>The next visit, call or task is today</source>
      <translation>다음 방문, 통화 또는 작업이 오늘입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>The strip on the left is the customer's tier: dark A, middle B, light C</source>
      <translation>왼쪽 띠는 고객 등급입니다: 진한 색 A, 중간 B, 연한 색 C</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>There is no Won stage.</source>
      <translation>성사 단계가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/card_delegate.py" />
      <location filename="../../salesdesk/ui/board/filter_bar.py" />
      <source>Tier %1</source>
      <translation>%1등급</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_model.py" />
      <source>Tier %1 customer</source>
      <translation>%1등급 고객</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_widget.py" />
      <source>Value:
%1

Weighted:
%2</source>
      <translation>금액:
%1

가중:
%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_widget.py" />
      <source>Win probability: %1%</source>
      <translation>성사 확률: %1%</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/outcome_bar.py" />
      <source>Won</source>
      <translation>성사</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/column_widget.py" />
      <source>enter the rate…</source>
      <translation>환율 입력…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>nothing planned</source>
      <translation>예정 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>overdue</source>
      <translation>기한 지남</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>planned</source>
      <translation>예정</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>tier A · B · C</source>
      <translation>등급 A · B · C</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/legend.py" />
      <source>today</source>
      <translation>오늘</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>“%1” is in the first stage already.</source>
      <translation>“%1” 거래는 이미 첫 단계에 있습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/board_view.py" />
      <source>“%1” is in the last stage, %2. Mark it won?</source>
      <translation>“%1” 거래가 마지막 단계(%2)에 있습니다. 성사로 표시할까요?</translation>
    </message>
  </context>
  <context>
    <name>Cadence</name>
    <message>
      <location filename="../../salesdesk/ui/visits/cadence_dialog.py" />
      <source> days</source>
      <translation>일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/cadence_dialog.py" />
      <source>Follow-up Cadence</source>
      <translation>연락 주기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/cadence_dialog.py" />
      <source>Tier %1, every:</source>
      <translation>%1등급 연락 간격:</translation>
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
      <translation>일정 잡기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/close_dialog.py" />
      <source>e.g. Send the revised offer</source>
      <translation>예: 수정 제안서 보내기</translation>
    </message>
  </context>
  <context>
    <name>Company</name>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Company News</source>
      <translation>회사 소식</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Earlier Purchase</source>
      <translation>이전 구매</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Key Person</source>
      <translation>핵심 인물</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Known</source>
      <translation>알고 있음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Nobody noted</source>
      <translation>기록된 사람 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Not known</source>
      <translation>알 수 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Only a rumour so far</source>
      <translation>아직 소문 단계</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>not known</source>
      <translation>알 수 없음</translation>
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
      <translation>연락처 편집</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Known</source>
      <translation>알고 있음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>N&amp;otes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>No preference</source>
      <translation>선호 없음</translation>
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
      <translation>%1등급</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Where the address is: the day's route then measures the distance</source>
      <translation>주소의 위치입니다. 이를 기준으로 당일 경로의 거리를 계산합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Year known</source>
      <translation>연도 알고 있음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>latitude, longitude, e.g. 40.4168, -3.7038</source>
      <translation>위도, 경도 (예: 40.4168, -3.7038)</translation>
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
      <translation>이의 삭제</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit company news</source>
      <translation>회사 소식 편집</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit contact details</source>
      <translation>연락처 편집</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit family member</source>
      <translation>가족 정보 편집</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit guiding questions</source>
      <translation>질문 가이드 편집</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit important date</source>
      <translation>중요한 날짜 편집</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit key person</source>
      <translation>핵심 인물 편집</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit objection</source>
      <translation>이의 편집</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit profile answer</source>
      <translation>프로필 답변 편집</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Edit purchase</source>
      <translation>구매 내역 편집</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Mark answer important</source>
      <translation>답변을 중요로 표시</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Note a fact</source>
      <translation>정보 기록</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Note about “%1”</source>
      <translation>“%1” 관련 메모</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Record objection</source>
      <translation>이의 기록</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Record referrals</source>
      <translation>소개 기록</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Remove company news</source>
      <translation>회사 소식 삭제</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Remove fact</source>
      <translation>정보 삭제</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Remove family member</source>
      <translation>가족 정보 삭제</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Remove important date</source>
      <translation>중요한 날짜 삭제</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Remove key person</source>
      <translation>핵심 인물 삭제</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Remove purchase</source>
      <translation>구매 내역 삭제</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Tick trait</source>
      <translation>특성 체크</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customer_data.py" />
      <source>Untick trait</source>
      <translation>특성 체크 해제</translation>
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
      <translation>일 이상</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>&amp;History</source>
      <translation>이력(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>&amp;Profile</source>
      <translation>프로필(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>All sources</source>
      <translation>전체 출처</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>All tiers</source>
      <translation>전체 등급</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Answer not saved</source>
      <translation>답변이 저장되지 않음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Birthday in the next 14 days</source>
      <translation>14일 이내 생일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>City</source>
      <translation>도시</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Company</source>
      <translation>회사</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Contacted any time</source>
      <translation>연락 시점 무관</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Customers</source>
      <translation>고객</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Customers: %1 · tier A: %2 · B: %3 · C: %4</source>
      <translation>고객: %1명 · A등급: %2 · B: %3 · C: %4</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Edit Contact Details…</source>
      <translation>연락처 편집…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Fact not saved</source>
      <translation>정보가 저장되지 않음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Found %1 of %2 customers · tier A: %3 · B: %4 · C: %5</source>
      <translation>고객 %2명 중 %1명 찾음 · A등급: %3 · B: %4 · C: %5</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Guiding questions…</source>
      <translation>질문 가이드…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Last contact</source>
      <translation>마지막 연락</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Name</source>
      <translation>이름</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>No customers yet.</source>
      <translation>아직 고객이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Not contacted for </source>
      <translation>미연락 </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Note not saved</source>
      <translation>메모가 저장되지 않음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Plan Visit…</source>
      <translation>방문 계획…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Position</source>
      <translation>직책</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Reword, reorder, add or retire the profile questions</source>
      <translation>프로필 질문의 문구 수정, 순서 변경, 추가 또는 사용 중지</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Search names, companies, phones, e-mails, notes and answers… (Esc clears)</source>
      <translation>이름, 회사, 전화, 이메일, 메모, 답변 검색… (Esc: 지우기)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Tier</source>
      <translation>등급</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Tier %1</source>
      <translation>%1등급</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/customers_view.py" />
      <source>Trait not saved</source>
      <translation>특성이 저장되지 않음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/card_dialogs.py" />
      <source>Whom else do they know who could use what we offer?</source>
      <translation>이 고객의 지인 중 우리 제품이나 서비스가 필요한 분이 또 있을까요?</translation>
    </message>
  </context>
  <context>
    <name>DatabaseDialogs</name>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>%1 already exists. Choose another name, or open it instead.</source>
      <translation>%1 파일이 이미 있습니다. 다른 이름을 선택하거나 해당 파일을 여세요.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>A backup cannot replace the database it copies.</source>
      <translation>백업으로 원본 데이터베이스를 덮어쓸 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>Back up now</source>
      <translation>지금 백업</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>Backup failed</source>
      <translation>백업 실패</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>Cannot open the database</source>
      <translation>데이터베이스를 열 수 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>New database</source>
      <translation>새 데이터베이스</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>Open database</source>
      <translation>데이터베이스 열기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/database_dialogs.py" />
      <source>SalesDesk databases (*.sqlite *.db);;All files (*)</source>
      <translation>SalesDesk 데이터베이스 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
  </context>
  <context>
    <name>DealEditor</name>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>&amp;History</source>
      <translation>이력(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>&amp;Notes:</source>
      <translation>메모(&amp;N):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>&amp;Probability:</source>
      <translation>확률(&amp;P):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>&amp;Stage:</source>
      <translation>단계(&amp;S):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>&amp;Title:</source>
      <translation>제목(&amp;T):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>&amp;Value:</source>
      <translation>금액(&amp;V):</translation>
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
      <translation>고객(&amp;U):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Close &amp;date:</source>
      <translation>마감일(&amp;D):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Confirmed</source>
      <translation>확인됨</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Deal</source>
      <translation>거래</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Edit Deal</source>
      <translation>거래 편집</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Expected</source>
      <translation>예상</translation>
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
      <translation>자격 검증</translation>
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
      <translation>단계 기본값</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>State:</source>
      <translation>상태:</translation>
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
      <translation>%1 (사용 중지)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>%1 of %2 deals · %3</source>
      <translation>거래 %2건 중 %1건 · %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>All reasons</source>
      <translation>전체 사유</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Any time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Back to the board (Ctrl+Shift+D)</source>
      <translation>보드로 돌아가기 (Ctrl+Shift+D)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Between…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Closed and held deals</source>
      <translation>종료·보류된 거래</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Created</source>
      <translation>생성일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Customer</source>
      <translation>고객</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Deal</source>
      <translation>거래</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>From stage</source>
      <translation>이전 단계</translation>
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
      <translation>아직 종료되거나 보류된 거래가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>On</source>
      <translation>일자</translation>
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
      <translation>결과</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Reason</source>
      <translation>사유</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Reopen…</source>
      <translation>다시 열기…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Resume</source>
      <translation>재개</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Search deal, customer, company or reason…</source>
      <translation>거래, 고객, 회사, 사유 검색…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>This year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Value</source>
      <translation>금액</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Won</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>◀ Board</source>
      <translation>◀ 보드</translation>
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
      <translation>%1 실패, 사유: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/states.py" />
      <source>On hold since %1 (%Ln day(s)), from %2</source>
      <translation>
        <numerusform>%1부터 보류 중 (%Ln일), 이전 단계: %2</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/states.py" />
      <source>Open in %1 for %Ln day(s)</source>
      <translation>
        <numerusform>%1 단계에서 %Ln일째 진행 중</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/states.py" />
      <source>Won on %1</source>
      <translation>%1 성사</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/states.py" />
      <source>no reason given</source>
      <translation>사유 없음</translation>
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
      <translation>%1분</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>%1 of %2 questions answered</source>
      <translation>질문 %2개 중 %1개 답변</translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>%n customer(s)</source>
      <translation>
        <numerusform>고객 %n명</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>%n visit(s)</source>
      <translation>
        <numerusform>방문 %n건</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>%n visit(s) cannot work as planned</source>
      <translation>
        <numerusform>방문 %n건은 계획대로 진행할 수 없음</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Address</source>
      <translation>주소</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Also</source>
      <translation>기타</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Answer given</source>
      <translation>제시한 답변</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Character</source>
      <translation>성격</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Character, goals, pressures</source>
      <translation>성격, 목표, 압박 요인</translation>
    </message>
    <message>
      <location filename="../../resources/templates/day_route.html.j2" />
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Checklist</source>
      <translation>체크리스트</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Company</source>
      <translation>회사</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Company: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>Customer</source>
      <translation>고객</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_print.py" />
      <source>Customer dossier · confidential · printed %1</source>
      <translation>고객 자료 · 대외비 · 인쇄일 %1</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Days in stage</source>
      <translation>단계 체류일</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Deal</source>
      <translation>거래</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Decision</source>
      <translation>의사결정</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Desired outcome</source>
      <translation>기대 결과</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_actions.py" />
      <source>Dossier %1</source>
      <translation>고객 자료 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_actions.py" />
      <source>Dossiers for %1</source>
      <translation>%1 고객 자료</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>E-mail</source>
      <translation>이메일</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Earlier purchases</source>
      <translation>이전 구매</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Everything ticked.</source>
      <translation>모두 체크했습니다.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Expected close</source>
      <translation>예상 마감일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_actions.py" />
      <source>Export PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Family members and important dates</source>
      <translation>가족 및 중요한 날짜</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Function</source>
      <translation>직무</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Goals</source>
      <translation>목표</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Gold traits:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Key people</source>
      <translation>핵심 인물</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Kind</source>
      <translation>유형</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Last contact</source>
      <translation>마지막 연락</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Last visits and calls</source>
      <translation>최근 방문 및 통화</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Name</source>
      <translation>이름</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Next visit</source>
      <translation>다음 방문</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Next:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>No answer yet.</source>
      <translation>아직 답변이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>No open deals.</source>
      <translation>진행 중인 거래가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>No open objections.</source>
      <translation>미해결 이의가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>No stage moves recorded.</source>
      <translation>기록된 단계 이동이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>No visit planned.</source>
      <translation>예정된 방문이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>No visits on this day.</source>
      <translation>이날은 방문이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>No visits or calls yet.</source>
      <translation>아직 방문이나 통화가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Nobody named yet.</source>
      <translation>아직 소개받은 사람이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>None noted yet.</source>
      <translation>아직 기록이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Noted</source>
      <translation>기록</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Nothing noted yet.</source>
      <translation>아직 기록이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Objection</source>
      <translation>이의</translation>
    </message>
    <message>
      <location filename="../../resources/templates/day_route.html.j2" />
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Objective</source>
      <translation>목적</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Open deals</source>
      <translation>진행 중인 거래</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Open objections</source>
      <translation>미해결 이의</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Outcome and next step</source>
      <translation>결과 및 다음 조치</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Phone</source>
      <translation>전화</translation>
    </message>
    <message>
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>Place</source>
      <translation>장소</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Poor traits:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Prefers</source>
      <translation>선호 연락</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Pressures</source>
      <translation>압박 요인</translation>
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
      <translation>프로필 %1% 완성</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Recent news</source>
      <translation>최근 소식</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Referrals</source>
      <translation>소개</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Referred by</source>
      <translation>소개자</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_print.py" />
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>Route for %1</source>
      <translation>%1 경로</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Rumour:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Stage</source>
      <translation>단계</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Still to do</source>
      <translation>남은 할 일</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Tier %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>Time</source>
      <translation>시간</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Value</source>
      <translation>금액</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Visit</source>
      <translation>방문</translation>
    </message>
    <message>
      <location filename="../../resources/templates/day_route.html.j2" />
      <source>Visits in order</source>
      <translation>방문 순서</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>When</source>
      <translation>일시</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>Where</source>
      <translation>장소</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>checklist %1 of %2 ready</source>
      <translation>체크리스트 %2개 중 %1개 완료</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>every year</source>
      <translation>매년</translation>
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>in all (not on hold): %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/templates/dossier.html.j2" />
      <source>on hold</source>
      <translation>보류</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_print.py" />
      <source>there are no visits on %1</source>
      <translation>%1에는 방문이 없습니다</translation>
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
      <translation>삭제</translation>
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
      <translation>%1 저장 위치:
%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/widgets/exported.py" />
      <source>Exported</source>
      <translation>내보내기 완료</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/widgets/exported.py" />
      <source>Open Folder</source>
      <translation>폴더 열기</translation>
    </message>
  </context>
  <context>
    <name>Family</name>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>Every year</source>
      <translation>매년</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>Family Member</source>
      <translation>가족</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>Important Date</source>
      <translation>중요한 날짜</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>Known</source>
      <translation>알고 있음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>e.g. Wedding anniversary</source>
      <translation>예: 결혼기념일</translation>
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
      <translation>%2 (%1)</translation>
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
      <translation>%1 · ▲ 위 단계보다 진입 많음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/funnel_chart.py" />
      <source>Funnel</source>
      <translation>퍼널</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/funnel_chart.py" />
      <source>The pipeline has no open stages.</source>
      <translation>영업 퍼널에 진행 단계가 없습니다.</translation>
    </message>
  </context>
  <context>
    <name>FunnelReport</name>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>%1 (won %2, lost %3)</source>
      <translation>%1 (성사 %2, 실패 %3)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>%1 of %2 open deals</source>
      <translation>진행 중인 거래 %2건 중 %1건</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>%1 weighted (%2)</source>
      <translation>가중 %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>%1 went on</source>
      <translation>%1 통과</translation>
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
        <numerusform>거래 %n건</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>%n deal(s) lost in the period.</source>
      <translation>
        <numerusform>기간 내 실패 거래 %n건.</numerusform>
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
      <translation>통화별 금액</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Average sales cycle</source>
      <translation>평균 영업 주기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Average won deal</source>
      <translation>평균 성사 금액</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Conversion</source>
      <translation>전환율</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Currency</source>
      <translation>통화</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Days in stage</source>
      <translation>단계 체류일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Diagnosis</source>
      <translation>진단</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Entered</source>
      <translation>진입</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Forecast this month</source>
      <translation>이번 달 예측</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Forecast this quarter</source>
      <translation>이번 분기 예측</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Funnel</source>
      <translation>퍼널</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Funnel report · printed %1</source>
      <translation>퍼널 보고서 · 인쇄일 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Lost, by reason</source>
      <translation>사유별 실패</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>No deal was lost in the period.</source>
      <translation>기간 내 실패한 거래가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>No exchange rate for %1: amounts in it are left out of every total (see Amounts by currency).</source>
      <translation>%1 환율이 없어 해당 통화 금액은 모든 합계에서 제외됩니다(통화별 금액 참조).</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Nothing stands out, or too little happened to say (a finding needs at least 10 deals).</source>
      <translation>눈에 띄는 점이 없거나 판단하기에는 활동이 너무 적습니다(판단하려면 거래가 10건 이상 필요합니다).</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Open</source>
      <translation>진행 중</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Open pipeline</source>
      <translation>진행 중 퍼널</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Open, in %1</source>
      <translation>진행 중 (%1 환산)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Overdue follow-ups</source>
      <translation>기한 지난 후속 조치</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Past their close date</source>
      <translation>마감일 지남</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Rotting deals</source>
      <translation>정체 거래</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Stage</source>
      <translation>단계</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Value</source>
      <translation>금액</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Visits / calls per week</source>
      <translation>주간 방문/통화</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Weekly funnel review</source>
      <translation>주간 퍼널 점검</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Went on</source>
      <translation>통과</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Win rate</source>
      <translation>성사율</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>Won in the period</source>
      <translation>기간 내 성사</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>as of %1</source>
      <translation>%1 기준</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>at today's rates; won deals at their close day's; totals rounded once</source>
      <translation>현재 환율 기준, 성사 거래는 마감일 환율 기준, 합계는 한 번만 반올림</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>left out</source>
      <translation>제외</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>no rate</source>
      <translation>환율 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>none entered</source>
      <translation>진입 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>the %1 most frequent of %2</source>
      <translation>%2개 중 상위 %1개</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>the Analytics screen lists them</source>
      <translation>분석 화면에서 확인할 수 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/weekly_report.py" />
      <source>width: deals that entered each stage in the period, and how many went on; open deals and their value now</source>
      <translation>폭: 기간 내 각 단계에 진입한 거래와 다음 단계로 넘어간 거래 수, 현재 진행 중인 거래와 금액</translation>
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
        <numerusform>이미 있음 %n건 (건너뜀)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>%n matching an existing customer</source>
      <translation>
        <numerusform>기존 고객과 일치 %n건</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>%n new customer(s)</source>
      <translation>
        <numerusform>신규 고객 %n명</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>%n row(s) refused</source>
      <translation>
        <numerusform>거부된 행 %n개</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>&amp;Encoding:</source>
      <translation>인코딩(&amp;E):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>&amp;Import</source>
      <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Automatic (UTF-8, UTF-16)</source>
      <translation>자동 (UTF-8, UTF-16)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>CSV (*.csv);;vCard (*.vcf)</source>
      <translation>CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/widgets/encoding_choice.py" />
      <source>Choose the File's Encoding</source>
      <translation>파일 인코딩 선택</translation>
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
      <translation>고객 파일 (*.csv *.vcf);;CSV (*.csv);;vCard (*.vcf)</translation>
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
      <translation>고객 내보내기</translation>
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
      <translation>%1 가져오기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Import Customers</source>
      <translation>고객 가져오기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Importing %1…</source>
      <translation>%1 가져오는 중…</translation>
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
      <translation>내보내지 못함</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Nothing imported</source>
      <translation>가져온 항목 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>Phones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Reading %1…</source>
      <translation>%1 읽는 중…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Refused rows (not imported):</source>
      <translation>거부된 행 (가져오지 않음):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>Tick to add this row as another customer</source>
      <translation>이 행을 별도 고객으로 추가하려면 체크하세요</translation>
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
      <translation>이 파일의 %1행</translation>
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
      <translation>%2 기준 일치: %1 (그래도 추가)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>matches %1 by %2 (nothing to fill: skip)</source>
      <translation>%2 기준 일치: %1 (채울 항목 없음: 건너뜀)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>matches %1 by %2 (update empty fields)</source>
      <translation>%2 기준 일치: %1 (빈 항목 채우기)</translation>
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
      <translation>신규</translation>
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
      <translation>기존과 동일 (건너뜀)</translation>
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
      <translation>세부 내용(&amp;D):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/lost_dialog.py" />
      <source>Anything else worth keeping (optional)</source>
      <translation>기타 남겨 둘 내용 (선택 사항)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/lost_dialog.py" />
      <source>Deal lost</source>
      <translation>거래 실패</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/lost_dialog.py" />
      <source>Mark lost</source>
      <translation>실패로 표시</translation>
    </message>
  </context>
  <context>
    <name>LostReasons</name>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>%1 (retired)</source>
      <translation>%1 (사용 중지)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>&amp;Add</source>
      <translation>추가(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>&amp;Merge into…</source>
      <translation>병합(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>&amp;Retire / bring back</source>
      <translation>사용 중지 / 복구(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Lost deals</source>
      <translation>실패 거래</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Merge reasons</source>
      <translation>사유 병합</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Merge “%1” into which reason?</source>
      <translation>“%1”을(를) 어느 사유로 병합할까요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Move &amp;down</source>
      <translation>아래로(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Move &amp;up</source>
      <translation>위로(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>New reason</source>
      <translation>새 사유</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Re&amp;move</source>
      <translation>삭제(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Reason</source>
      <translation>사유</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>Save the new reason first; then it can be merged.</source>
      <translation>먼저 새 사유를 저장하세요. 그래야 병합할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/lost_reasons_editor.py" />
      <source>“%1” is the reason of %Ln lost deal(s): retire it, or merge it into another.</source>
      <translation>
        <numerusform>“%1”은(는) 실패한 거래 %Ln건의 사유입니다. 사용 중지하거나 다른 사유로 병합하세요.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>%1 (read-only) — SalesDesk</source>
      <translation>%1 (읽기 전용) — SalesDesk</translation>
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
        <numerusform>고객 %Ln명</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>%n already there</source>
      <translation>
        <numerusform>%n명 이미 있음</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>%n planned activit(y|ies) of the next four weeks</source>
      <translation>
        <numerusform>향후 4주간 예정된 활동 %n건</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;About SalesDesk</source>
      <translation>SalesDesk 정보(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Analytics</source>
      <translation>분석(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Back up now…</source>
      <translation>지금 백업(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Board</source>
      <translation>보드(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Customers</source>
      <translation>고객(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Deal</source>
      <translation>거래(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Edit</source>
      <translation>편집(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;File</source>
      <translation>파일(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Find…</source>
      <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>도움말(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Import customers…</source>
      <translation>고객 가져오기(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;New database…</source>
      <translation>새 데이터베이스(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Open database…</source>
      <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Preferences…</source>
      <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>종료(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/change_stack.py" />
      <source>&amp;Redo</source>
      <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/change_stack.py" />
      <source>&amp;Undo</source>
      <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;View</source>
      <translation>보기(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>&amp;Visits</source>
      <translation>방문(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>About SalesDesk</source>
      <translation>SalesDesk 정보</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Areas</source>
      <translation>영역</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Backed up to %1</source>
      <translation>%1에 백업했습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Changes cannot be saved to this database; nothing will be written.</source>
      <translation>이 데이터베이스에는 변경 사항을 저장할 수 없습니다. 아무것도 기록되지 않습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Deal won</source>
      <translation>거래 성사</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>E&amp;xchange Rates…</source>
      <translation>환율(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>E&amp;xport customers…</source>
      <translation>고객 내보내기(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Export Visits to Calendar</source>
      <translation>방문 일정을 캘린더로 내보내기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Export visits to &amp;calendar…</source>
      <translation>캘린더로 방문 내보내기(&amp;C)…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Exported %n planned activit(y|ies) of the next four weeks to %1</source>
      <translation>
        <numerusform>향후 4주간 예정된 활동 %n건을 %1(으)로 내보냈습니다</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Exported the customers to %1</source>
      <translation>고객 목록을 %1(으)로 내보냈습니다</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Imported %n customer(s)</source>
      <translation>
        <numerusform>고객 %n명 가져옴</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Not exported</source>
      <translation>내보내지 못함</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Re&amp;load</source>
      <translation>새로 고침(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Read-only</source>
      <translation>읽기 전용</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>SalesDesk %1
The desktop assistant for field sales.

Database: %2</source>
      <translation>SalesDesk %1
현장 영업을 위한 데스크톱 도우미입니다.

데이터베이스: %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>The customers</source>
      <translation>고객 목록</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>The database is damaged</source>
      <translation>데이터베이스가 손상되었습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>Updated the database; the previous version is in %1</source>
      <translation>데이터베이스를 업데이트했습니다. 이전 버전은 %1에 있습니다</translation>
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
        <numerusform>%n명 업데이트</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>“%1” is won — a good moment to ask whom else they know.</source>
      <translation>“%1” 거래가 성사되었습니다. 아는 분을 소개해 달라고 부탁하기 좋은 때입니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/main_window.py" />
      <source>“%1” is won. Ask %2 for one to three referrals now?</source>
      <translation>“%1” 거래가 성사되었습니다. 지금 %2 님에게 소개를 1~3건 부탁해 볼까요?</translation>
    </message>
  </context>
  <context>
    <name>Money</name>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source> and </source>
      <translation> 및 </translation>
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
      <translation>%1 (%2부터)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>%1 in %2</source>
      <translation>%1 (%2 기준)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>%1 of it had no rate and is left out</source>
      <translation>그중 %1은(는) 환율이 없어 제외</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>%1 → %2 (%3)</source>
      <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>%1: no %2 rate, left out of the total</source>
      <translation>%1: %2 환율 없음, 합계에서 제외</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>1 %1 = %2 %3</source>
      <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>Converted into %1; the total is rounded once.</source>
      <translation>%1(으)로 환산했으며, 합계는 한 번만 반올림합니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>at the rates of their close days</source>
      <translation>각 마감일 환율 기준</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/wording.py" />
      <location filename="../../salesdesk/ui/money/totals_text.py" />
      <source>without %1 (no %2 rate)</source>
      <translation>%1 제외 (%2 환율 없음)</translation>
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
      <translation>%1 · %2 · 기한 지남</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/widgets/next_planned.py" />
      <source>%1 · checklist %2/%3 ready</source>
      <translation>%1 · 체크리스트 %2/%3 준비</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/widgets/next_planned.py" />
      <source>none planned</source>
      <translation>예정 없음</translation>
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
      <translation>삭제</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>No answers to this kind of objection yet.</source>
      <translation>이런 유형의 이의에 대한 답변이 아직 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>Objection</source>
      <translation>이의</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>Playbook: earlier answers (double-click to use)</source>
      <translation>플레이북: 이전 답변 (더블클릭하여 사용)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>Resolved</source>
      <translation>해결됨</translation>
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
      <translation>거래가 변경되지 않음</translation>
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
      <translation>거래 다시 열기</translation>
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
      <translation>거래 재개</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Resume “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>The stage the deal left is gone. Which stage does it go to?</source>
      <translation>거래가 있던 단계가 삭제되었습니다. 어느 단계로 옮길까요?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Which stage do the %n deals go back to?</source>
      <translation>
        <numerusform>거래 %n건을 어느 단계로 되돌릴까요?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Which stage does “%1” go back to?</source>
      <translation>“%1” 거래를 어느 단계로 되돌릴까요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Why was “%1” lost?</source>
      <translation>“%1” 거래가 실패한 이유는 무엇인가요?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Why were the %n deals lost?</source>
      <translation>
        <numerusform>거래 %n건이 실패한 이유는 무엇인가요?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PlanVisit</name>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source> min</source>
      <translation>분</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>Change</source>
      <translation>변경</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>Choose or type a customer…</source>
      <translation>고객 선택 또는 입력…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>No checklist</source>
      <translation>체크리스트 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>No deal</source>
      <translation>거래 없음</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>Overlaps %n planned activit(y|ies).</source>
      <translation>
        <numerusform>예정된 활동 %n건과 시간이 겹칩니다.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>Plan</source>
      <translation>계획</translation>
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
      <translation>새 거래 통화(&amp;N):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>&amp;Show totals in:</source>
      <translation>합계 표시 통화(&amp;S):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>As the system (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>Change the preferences</source>
      <translation>환경설정 변경</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>Every total is converted into this currency: open deals and forecasts at today's rate, won deals at the rate of their close day.</source>
      <translation>모든 합계는 이 통화로 환산됩니다. 진행 중인 거래와 예측은 오늘 환율로, 성사된 거래는 마감일 환율로 환산합니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>Language (this computer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>Money (this database)</source>
      <translation>통화 (이 데이터베이스)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>Open deals in %1 have no rate to it yet (Edit → Exchange Rates…).</source>
      <translation>%1 통화의 진행 중인 거래에 대한 환율이 아직 없습니다 (편집 → 환율…).</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/preferences_dialog.py" />
      <source>Preferences</source>
      <translation>환경설정</translation>
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
      <translation>PDF 내보내기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>Fonts missing</source>
      <translation>글꼴 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>No font for %1 text is installed, so that text will be left out.

On Debian or Ubuntu: sudo apt install fonts-noto-cjk; or put a font file into the fonts folder of SalesDesk's data folder.</source>
      <translation>%1 텍스트용 글꼴이 설치되어 있지 않아 해당 텍스트는 빠집니다.

Debian 또는 Ubuntu에서는 sudo apt install fonts-noto-cjk를 실행하거나, SalesDesk 데이터 폴더 안의 fonts 폴더에 글꼴 파일을 넣으세요.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>Not exported</source>
      <translation>내보내지 못함</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>Not printed</source>
      <translation>인쇄하지 못함</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>Nothing to print</source>
      <translation>인쇄할 내용 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/paged.py" />
      <source>Page %1 of %2</source>
      <translation>%1 / %2 페이지</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>Print %1</source>
      <translation>%1 인쇄</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/actions.py" />
      <source>Print Preview — %1</source>
      <translation>인쇄 미리보기 — %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/paged.py" />
      <source>the PDF came out empty</source>
      <translation>PDF가 비어 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/paged.py" />
      <source>the printer or file could not be opened</source>
      <translation>프린터 또는 파일을 열 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/paged.py" />
      <source>the printer refused a new page</source>
      <translation>프린터가 새 페이지를 거부했습니다</translation>
    </message>
  </context>
  <context>
    <name>ProfileCard</name>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source> (rumour)</source>
      <translation> (소문)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>%1 of %2 answered</source>
      <translation>%2개 중 %1개 답변</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>%1:
%2</source>
      <translation>%1:
%2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>%n deal(s)</source>
      <translation>
        <numerusform>거래 %n건</numerusform>
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
      <translation>주소</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Also noted</source>
      <translation>기타 메모</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>BANT %1/4: </source>
      <translation>BANT %1/4: </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>BANT and NEADS are edited in the deal editor (Open…).</source>
      <translation>BANT와 니즈 파악(NEADS)은 거래 편집기에서 수정합니다 (열기…).</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Choose a customer to see their profile.</source>
      <translation>프로필을 보려면 고객을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Company: %1</source>
      <translation>회사: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>Deals</source>
      <translation>거래</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>E-mail</source>
      <translation>이메일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Earlier purchases</source>
      <translation>이전 구매 내역</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Edit details…</source>
      <translation>정보 편집…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Edit name, company, e-mails, phones, address (Ctrl+E)</source>
      <translation>이름, 회사, 이메일, 전화번호, 주소 편집 (Ctrl+E)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Edit…</source>
      <translation>편집…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Family members and important dates</source>
      <translation>가족 및 중요한 날짜</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Gold-customer traits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Has not named anyone yet.</source>
      <translation>아직 소개해 준 사람이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Important: show it in the visit brief</source>
      <translation>중요: 방문 브리핑에 표시</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Key people</source>
      <translation>핵심 인물</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Last contact</source>
      <translation>최근 연락</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>Lost…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Name the customer's company first (Edit details…)</source>
      <translation>먼저 고객의 회사를 입력하세요 (정보 편집…)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>News and rumours</source>
      <translation>뉴스 및 소문</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Next activity</source>
      <translation>다음 활동</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Next visit</source>
      <translation>다음 방문</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>No deals yet.</source>
      <translation>아직 거래가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>None noted yet.</source>
      <translation>아직 기록된 내용이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>None raised so far.</source>
      <translation>아직 제기된 이의가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Note another fact and press Enter…</source>
      <translation>다른 사실을 적고 Enter를 누르세요…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Objections</source>
      <translation>이의</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Objections belong to a deal; the customer has none yet</source>
      <translation>이의는 거래에 속합니다. 이 고객은 아직 거래가 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Open deals at today's rates</source>
      <translation>진행 중인 거래 (오늘 환율 기준)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Open: %1 in %2 · Won: %3 in %4</source>
      <translation>진행 중: %1 (%2) · 성사: %3 (%4)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>Open…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Phone</source>
      <translation>전화</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Poor-customer traits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Prefers</source>
      <translation>선호 연락 수단</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Print dossier</source>
      <translation>고객 자료 인쇄</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Profile %1% complete</source>
      <translation>프로필 %1% 완성</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>Put on hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Qualification</source>
      <translation>자격 평가</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Record an objection…</source>
      <translation>이의 기록…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Referrals</source>
      <translation>소개</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Referred by %1</source>
      <translation>소개자: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Remove</source>
      <translation>삭제</translation>
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
      <translation>점수 %1 (우량 %2, 비우량 %3)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Tier %1</source>
      <translation>%1 등급</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Won deals at the rates of their close days</source>
      <translation>성사된 거래 (각 마감일 환율 기준)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>Won…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Write down referrals…</source>
      <translation>소개 기록…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>character</source>
      <translation>성격</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>from %1</source>
      <translation>구매처: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>goals</source>
      <translation>목표</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>not known yet</source>
      <translation>아직 모름</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>open</source>
      <translation>미해결</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>pressures</source>
      <translation>압박 요인</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>resolved</source>
      <translation>해결됨</translation>
    </message>
  </context>
  <context>
    <name>Questions</name>
    <message>
      <location filename="../../salesdesk/ui/customers/questions_dialog.py" />
      <source>&amp;Add</source>
      <translation>추가(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/questions_dialog.py" />
      <source>&amp;Remove</source>
      <translation>삭제(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/questions_dialog.py" />
      <source>Guiding Questions</source>
      <translation>질문 가이드</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/questions_dialog.py" />
      <source>New question?</source>
      <translation>새 질문?</translation>
    </message>
  </context>
  <context>
    <name>QuickCreate</name>
    <message>
      <location filename="../../salesdesk/ui/board/quick_create.py" />
      <source>Add</source>
      <translation>추가</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/quick_create.py" />
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/quick_create.py" />
      <source>Customer (pick or type a new name)</source>
      <translation>고객 (선택하거나 새 이름 입력)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/quick_create.py" />
      <source>Deal title</source>
      <translation>거래 제목</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/quick_create.py" />
      <source>The value is not a number.</source>
      <translation>금액이 숫자가 아닙니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/quick_create.py" />
      <source>Value</source>
      <translation>금액</translation>
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
      <translation>신규 %1건, 교체 %2건, 기존 %3건.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>&amp;Add…</source>
      <translation>추가(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>&amp;Edit…</source>
      <translation>편집(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>&amp;Import CSV…</source>
      <translation>CSV 가져오기(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>&amp;Remove</source>
      <translation>삭제(&amp;R)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>(%n repeated line(s) taken once)</source>
      <translation>
        <numerusform>(중복된 %n줄은 한 번만 반영)</numerusform>
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
      <translation>%1 환율 추가</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>CSV files (*.csv *.txt);;All files (*)</source>
      <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Change the %1 rate</source>
      <translation>%1 환율 변경</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Currency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>Exchange Rate</source>
      <translation>환율</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Exchange Rates</source>
      <translation>환율</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Import %n rate(s) of %1 from %2?</source>
      <translation>
        <numerusform>%2에서 %1 환율 %n건을 가져올까요?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Import Exchange Rates</source>
      <translation>환율 가져오기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Import rates from %1</source>
      <translation>%1에서 환율 가져오기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>New Exchange Rate</source>
      <translation>새 환율</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Not removed</source>
      <translation>삭제하지 못함</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Nothing imported</source>
      <translation>가져온 항목 없음</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Nothing was imported: %n line(s) of the file cannot be read as a rate.</source>
      <translation>
        <numerusform>가져온 항목이 없습니다. 파일의 %n줄을 환율로 읽을 수 없습니다.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Open deals in %1 have no rate for today: their amounts are left out of every total until one is entered.</source>
      <translation>%1 통화의 진행 중인 거래에 오늘 환율이 없습니다. 환율을 입력할 때까지 해당 금액은 모든 합계에서 제외됩니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Rates imported</source>
      <translation>환율 가져오기 완료</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Remove %n exchange rate(s)</source>
      <translation>
        <numerusform>환율 %n건 삭제</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Totals are shown in %1 (Edit → Preferences… changes it). A rate holds from its day until the next rate of the same two currencies; won deals convert at the rate of their close day, everything else at today's.</source>
      <translation>합계는 %1(으)로 표시됩니다 (편집 → 환경설정…에서 변경). 환율은 해당 날짜부터 같은 두 통화의 다음 환율이 나올 때까지 적용됩니다. 성사된 거래는 마감일 환율로, 나머지는 오늘 환율로 환산됩니다.</translation>
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
      <translation>예: 1.0856</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>line %1 gives another rate for %2 on %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>now</source>
      <translation>현재</translation>
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
        <numerusform>… 외 %n줄</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Referrals</name>
    <message>
      <location filename="../../salesdesk/ui/customers/referral_dialog.py" />
      <source>Name</source>
      <translation>이름</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/referral_dialog.py" />
      <source>Phone (optional)</source>
      <translation>전화 (선택 사항)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/referral_dialog.py" />
      <source>Referrals from %1</source>
      <translation>%1 님의 소개</translation>
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
      <translation>추가(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>&amp;Lost reasons</source>
      <translation>실패 사유(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>&amp;Remove…</source>
      <translation>삭제(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>&amp;Stages</source>
      <translation>단계(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Keep at least one stage for the deals.</source>
      <translation>거래를 위해 단계를 하나 이상 남겨 두세요.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Move &amp;down</source>
      <translation>아래로(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Move &amp;up</source>
      <translation>위로(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>New stage</source>
      <translation>새 단계</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Remove stage</source>
      <translation>단계 삭제</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Rots after days</source>
      <translation>정체 기준(일)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Stage</source>
      <translation>단계</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Stage Settings</source>
      <translation>단계 설정</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Where do the %n deal(s) of “%1” go?</source>
      <translation>
        <numerusform>“%1” 단계의 거래 %n건을 어디로 옮길까요?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>Win probability</source>
      <translation>성사 확률</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/stage_settings_dialog.py" />
      <source>never</source>
      <translation>안 함</translation>
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
      <translation>삭제(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/templates_dialog.py" />
      <source>Add &amp;group</source>
      <translation>그룹 추가(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/templates_dialog.py" />
      <source>Add &amp;item</source>
      <translation>항목 추가(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/templates_dialog.py" />
      <source>Checklist Templates</source>
      <translation>체크리스트 템플릿</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/templates_dialog.py" />
      <source>New checklist</source>
      <translation>새 체크리스트</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/templates_dialog.py" />
      <source>New group</source>
      <translation>새 그룹</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/templates_dialog.py" />
      <source>New item</source>
      <translation>새 항목</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/templates_dialog.py" />
      <source>New template…</source>
      <translation>새 템플릿…</translation>
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
      <translation>%1: %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>%1: no-show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Add note</source>
      <translation>메모 추가</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Created in %1</source>
      <translation>%1에서 생성됨</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Lost, after %Ln day(s) in %1</source>
      <translation>
        <numerusform>%1에서 %Ln일 후 실패</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Moved to %1 after %Ln day(s) in %2</source>
      <translation>
        <numerusform>%2에서 %Ln일 후 %1(으)로 이동</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Note</source>
      <translation>메모</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Objection answered: %1</source>
      <translation>이의 답변: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Objection raised: %1</source>
      <translation>이의 제기: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Put on hold, after %Ln day(s) in %1</source>
      <translation>
        <numerusform>%1에서 %Ln일 후 보류</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Reopened in %1 (was %2)</source>
      <translation>%1에서 다시 열림 (이전: %2)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Resumed in %1 after %Ln day(s) on hold</source>
      <translation>
        <numerusform>%Ln일 보류 후 %1에서 재개</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Show older</source>
      <translation>이전 항목 보기</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Won, after %Ln day(s) in %1</source>
      <translation>
        <numerusform>%1에서 %Ln일 후 성사</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>Write a note and press Enter…</source>
      <translation>메모를 입력하고 Enter를 누르세요…</translation>
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
      <translation>이동 시간</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <location filename="../../salesdesk/ui/change_stack.py" />
      <source>Cannot redo</source>
      <translation>다시 실행할 수 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/change_stack.py" />
      <source>Cannot undo</source>
      <translation>실행 취소할 수 없음</translation>
    </message>
  </context>
  <context>
    <name>VisitBrief</name>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>%1 (this one)</source>
      <translation>%1 (이번 방문)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>%1 for %2 min · %3</source>
      <translation>%1, %2분 · %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Add a checklist item…</source>
      <translation>체크리스트 항목 추가…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Add an item and press Enter…</source>
      <translation>항목을 입력하고 Enter를 누르세요…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Add an item for this visit only and press Enter…</source>
      <translation>이 방문에만 쓸 항목을 입력하고 Enter를 누르세요…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Cancelled…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Change…</source>
      <translation>변경…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Checklist: %1/%2 ready</source>
      <translation>체크리스트: %1/%2 준비</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Choose a visit to see its brief and checklist.</source>
      <translation>브리핑과 체크리스트를 보려면 방문을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Deal</source>
      <translation>거래</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Desired outcome</source>
      <translation>기대 성과</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Done…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Family</source>
      <translation>가족</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Last time</source>
      <translation>지난번</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Next activity: %1</source>
      <translation>다음 활동: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Next visit: %1</source>
      <translation>다음 방문: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>No template</source>
      <translation>템플릿 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>No-show…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Objective</source>
      <translation>목적</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Open objections</source>
      <translation>미해결 이의</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Outcome</source>
      <translation>결과</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Place</source>
      <translation>장소</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Print dossier</source>
      <translation>고객 자료 인쇄</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/brief_panel.py" />
      <source>Remember</source>
      <translation>기억할 점</translation>
    </message>
  </context>
  <context>
    <name>Visits</name>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Add checklist item</source>
      <translation>체크리스트 항목 추가</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Change %1</source>
      <translation>%1 변경</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Change checklist</source>
      <translation>체크리스트 변경</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Change follow-up cadence</source>
      <translation>연락 주기 변경</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Change travel times</source>
      <translation>이동 시간 변경</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Close activity</source>
      <translation>활동 종료</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Edit checklist template</source>
      <translation>체크리스트 템플릿 편집</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Plan %1</source>
      <translation>%1 계획</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visit_data.py" />
      <source>Tick checklist item</source>
      <translation>체크리스트 항목 체크</translation>
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
      <translation>%1 (오늘)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>%1 fully prepared</source>
      <translation>%1건 준비 완료</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>%1 of %2 shown</source>
      <translation>%2건 중 %1건 표시</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>%1 planned or done</source>
      <translation>예정 또는 완료 %1건</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/follow_ups.py" />
      <source>%1 · tier %2 · last contact %3</source>
      <translation>%1 · %2 등급 · 최근 연락 %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>%1/%2</source>
      <translation>%1/%2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>%n cannot work as planned (see Route)</source>
      <translation>
        <numerusform>%n건은 계획대로 진행 불가 (경로 참조)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_filter.py" />
      <source>All kinds</source>
      <translation>모든 유형</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/follow_ups.py" />
      <source>Birthdays and anniversaries in the next 14 days</source>
      <translation>향후 14일 내 생일 및 기념일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Brief and checklist</source>
      <translation>브리핑 및 체크리스트</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Change checklist</source>
      <translation>체크리스트 변경</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Changing the checklist discards %n ticked item(s). Change it?</source>
      <translation>
        <numerusform>체크리스트를 변경하면 체크한 항목 %n개가 사라집니다. 변경할까요?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Checklist templates…</source>
      <translation>체크리스트 템플릿…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Customer</source>
      <translation>고객</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Day</source>
      <translation>날짜</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Deal</source>
      <translation>거래</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/follow_ups.py" />
      <source>Due for a follow-up (Enter or double-click plans)</source>
      <translation>후속 연락 필요 (Enter 또는 더블클릭으로 계획)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Earlier (Alt+Left)</source>
      <translation>이전 (Alt+Left)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_filter.py" />
      <source>Filter by customer, deal, place or objective… (Esc clears)</source>
      <translation>고객, 거래, 장소, 목적으로 필터… (Esc로 지우기)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/follow_ups.py" />
      <source>Follow-up cadence…</source>
      <translation>연락 주기…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Follow-ups and birthdays</source>
      <translation>후속 연락 및 생일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Item not added</source>
      <translation>항목을 추가하지 못함</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Kind</source>
      <translation>유형</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Later (Alt+Right)</source>
      <translation>다음 (Alt+Right)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Nothing planned on these days.</source>
      <translation>이 기간에 예정된 일정이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Objective</source>
      <translation>목적</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/follow_ups.py" />
      <source>Overdue: planned, day passed, not closed</source>
      <translation>기한 지남: 예정일이 지났으나 종료되지 않음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Place</source>
      <translation>장소</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Plan Visit…</source>
      <translation>방문 계획…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Plan a visit, call, e-mail or task for the selected customer (Ctrl+Shift+V)</source>
      <translation>선택한 고객의 방문, 통화, 이메일 또는 할 일 계획 (Ctrl+Shift+V)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Plan…</source>
      <translation>계획…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Print the dossiers for this day</source>
      <translation>이날의 고객 자료 인쇄</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Ready</source>
      <translation>준비</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Route</source>
      <translation>경로</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Status</source>
      <translation>상태</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>The route and the dossier of every customer visited on the selected visit's day (or the day shown), each on new pages</source>
      <translation>선택한 방문의 날짜(또는 표시된 날짜)의 경로와 방문하는 모든 고객의 고객 자료를 각각 새 페이지에 인쇄</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/agenda_columns.py" />
      <source>Time</source>
      <translation>시간</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Today</source>
      <translation>오늘</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Today and its next activity</source>
      <translation>오늘과 다음 활동</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Travel times…</source>
      <translation>이동 시간…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Visits</source>
      <translation>방문</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>Week</source>
      <translation>주간</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/follow_ups.py" />
      <source>never</source>
      <translation>없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/visits_view.py" />
      <source>overdue follow-ups: %1</source>
      <translation>기한 지난 후속 연락: %1</translation>
    </message>
  </context>
</TS>
