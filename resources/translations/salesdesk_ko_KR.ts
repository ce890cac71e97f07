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
      <translation>가중 %1, %2 기준 (전체 %3)</translation>
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
      <translation>%1:</translation>
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
      <translation>평균 영업 주기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Average won deal</source>
      <translation>평균 성사 금액</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Calls per week</source>
      <translation>주간 통화</translation>
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
      <translation>직접 지정</translation>
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
      <translation>PDF 내보내기(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Forecast this month</source>
      <translation>이번 달 예측</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Forecast this quarter</source>
      <translation>이번 분기 예측</translation>
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
      <translation>최근 90일</translation>
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
      <translation>진행 중 퍼널</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Overdue follow-ups</source>
      <translation>기한 지난 후속 연락</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>P&amp;lan</source>
      <translation>계획(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>P&amp;rint…</source>
      <translation>인쇄(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Past their close date</source>
      <translation>마감일 지남</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Peri&amp;od:</source>
      <translation>기간(&amp;O):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Print previe&amp;w…</source>
      <translation>인쇄 미리보기(&amp;W)…</translation>
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
      <translation>정체 거래</translation>
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
      <translation>이번 달</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>This quarter</source>
      <translation>이번 분기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>This year</source>
      <translation>올해</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Value</source>
      <translation>금액</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Visits per week</source>
      <translation>주간 방문</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Went on</source>
      <translation>통과</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/figures_panel.py" />
      <source>Win rate</source>
      <translation>성사율</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/analytics_view.py" />
      <source>Without a rate</source>
      <translation>환율 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/target_panel.py" />
      <source>e.g. 200000</source>
      <translation>예: 200000</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>no open deal expected to close</source>
      <translation>마감 예정인 진행 중 거래 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/figures.py" />
      <source>no reason given</source>
      <translation>사유 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/analytics/texts.py" />
      <source>none entered in the period</source>
      <translation>기간 내 진입 없음</translation>
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
      <translation>%1이(가) 이미 있습니다. 다른 파일을 선택하거나 --force를 사용하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>%1 does not exist</source>
      <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>%1 is damaged (%2); choose another backup</source>
      <translation>%1이(가) 손상되었습니다 (%2). 다른 백업을 선택하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>%1 is not a SalesDesk database</source>
      <translation>%1은(는) SalesDesk 데이터베이스가 아닙니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>a backup cannot be restored onto itself</source>
      <translation>백업을 그 백업 자체로 복원할 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>a backup cannot replace the database it copies</source>
      <translation>백업으로 원본 데이터베이스를 덮어쓸 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>could not back up %1 to %2: %3</source>
      <translation>%1을(를) %2에 백업하지 못했습니다: %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>could not restore %1 from %2: %3</source>
      <translation>%2에서 %1을(를) 복원하지 못했습니다: %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/backup.py" />
      <source>restoring %1 failed (%2); its old state is in %3</source>
      <translation>%1 복원에 실패했습니다 (%2). 이전 상태는 %3에 있습니다</translation>
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
      <translation>체크리스트에는 항목이 하나 이상 필요합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>a template is already called “%1”</source>
      <translation>“%1” 템플릿이 이미 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>an item of “%1” is blank</source>
      <translation>“%1”에 빈 항목이 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>every group needs a name</source>
      <translation>모든 그룹에 이름이 필요합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>that checklist template no longer exists</source>
      <translation>해당 체크리스트 템플릿이 더 이상 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/checklists.py" />
      <source>the template needs a name</source>
      <translation>템플릿 이름을 입력하세요</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1 does not exist</source>
      <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1 is a folder, not a SalesDesk database</source>
      <translation>%1은(는) 폴더이며 SalesDesk 데이터베이스가 아닙니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1: added %2 (%3)</source>
      <translation>%1: %2 추가 (%3)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1: added nothing (%2)</source>
      <translation>%1: 추가된 항목 없음 (%2)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1: error: %2</source>
      <translation>%1: 오류: %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>%1: read as %2</source>
      <translation>%1: %2(으)로 읽음</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/cli.py" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n페이지</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>--base and --from go with --set</source>
      <translation>--base와 --from은 --set과 함께 사용합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>--encoding and --dry-run go with --import</source>
      <translation>--encoding과 --dry-run은 --import와 함께 사용합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>--to must not be before --from</source>
      <translation>--to는 --from보다 앞설 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>1 %1 = %2 %3   %4 – %5</source>
      <translation>1 %1 = %2 %3   %4 – %5</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Checks the backup first, then keeps the database as it is now as a backup next to it, and copies the backup's contents into it.</source>
      <translation>먼저 백업을 검사한 다음, 현재 상태의 데이터베이스를 그 옆에 백업으로 보관하고 백업 내용을 데이터베이스에 복사합니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Good rows are imported in one transaction; every refused row is reported by its line number. Exit status 1 when any row was refused.</source>
      <translation>올바른 행은 하나의 트랜잭션으로 가져오며, 거부된 행은 모두 줄 번호와 함께 보고합니다. 거부된 행이 하나라도 있으면 종료 상태는 1입니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>No exchange rates yet.</source>
      <translation>아직 환율이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>Open deals in %1 have no rate for today.</source>
      <translation>%1 통화의 진행 중인 거래에 오늘 환율이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Open, won, lost and held deals, the most recently decided first. A closed or held deal's stage is the stage it was closed or put on hold from. --json writes money as a decimal string with its currency ("value": "1250.00", "currency": "EUR") and times in UTC (ISO 8601).</source>
      <translation>진행 중, 성사, 실패, 보류된 거래를 최근에 결정된 것부터 표시합니다. 종료되거나 보류된 거래의 단계는 종료 또는 보류 당시의 단계입니다. --json은 금액을 통화와 함께 10진수 문자열로("value": "1250.00", "currency": "EUR"), 시간은 UTC(ISO 8601)로 씁니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>PDF to write</source>
      <translation>저장할 PDF</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>SalesDesk does not speak %1; choose one of %2</source>
      <translation>SalesDesk는 %1 언어를 지원하지 않습니다. 다음 중 하나를 선택하세요: %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>SalesDesk: the offline desktop assistant for field sales reps.</source>
      <translation>SalesDesk: 현장 영업 담당자를 위한 오프라인 데스크톱 도우미입니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>Totals are shown in %1.</source>
      <translation>합계는 %1(으)로 표시됩니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>UTF-8 CSV, spreadsheet-safe</source>
      <translation>UTF-8 CSV, 스프레드시트 호환</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Without --set or --import, lists the rates and the currencies of open deals that have no rate today. A rate means 1 BASE = RATE CODE, valid from its day until the next rate of the same two currencies; the base is the reporting currency unless given. A file is CSV with date (YYYY-MM-DD), currency and rate per line (a header line naming them, and a base column, are optional); any line with a problem stores nothing, and every such line is reported. Exit status 1 when any line was refused.</source>
      <translation>--set이나 --import 없이 실행하면 환율 목록과, 오늘 환율이 없는 진행 중 거래의 통화를 표시합니다. 환율은 1 BASE = RATE CODE를 뜻하며, 해당 날짜부터 같은 두 통화의 다음 환율이 나올 때까지 유효합니다. 따로 지정하지 않으면 기준 통화는 보고 통화입니다. 파일은 한 줄에 날짜(YYYY-MM-DD), 통화, 환율을 적은 CSV입니다(열 이름을 적은 헤더 줄과 base 열은 선택 사항). 문제가 있는 줄이 하나라도 있으면 아무것도 저장하지 않으며, 그런 줄은 모두 보고합니다. 거부된 줄이 하나라도 있으면 종료 상태는 1입니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Without a command, starts the app. The default database lives in your user data folder; a new database gets sample data unless --empty is given.</source>
      <translation>명령 없이 실행하면 앱이 시작됩니다. 기본 데이터베이스는 사용자 데이터 폴더에 있으며, --empty를 지정하지 않으면 새 데이터베이스에 샘플 데이터가 들어갑니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>Works without a display. --day prints a first page with the day's route, then the dossier of every customer visited that day, in visit order.</source>
      <translation>화면 없이도 작동합니다. --day를 지정하면 첫 페이지에 당일 경로를 인쇄하고, 이어서 그날 방문하는 모든 고객의 고객 자료를 방문 순서대로 인쇄합니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>a day of visits</source>
      <translation>방문 날짜</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>a row that matches an existing customer (same e-mail, phone, or name and company) but has other values: fill the customer's empty fields (default), add it as another customer, or skip it. Rows already there are always skipped.</source>
      <translation>기존 고객과 일치하지만(같은 이메일, 전화번호, 또는 같은 이름과 회사) 값이 다른 행의 처리: 고객의 빈 항목 채우기(기본값), 별도 고객으로 추가, 건너뛰기. 이미 있는 행은 항상 건너뜁니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>area to show first</source>
      <translation>처음 표시할 영역</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>country of phone numbers written without +country code (default from LANG: %(default)s)</source>
      <translation>+국가 코드 없이 적힌 전화번호의 국가 (기본값은 LANG 기준: %(default)s)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>database file to open</source>
      <translation>열 데이터베이스 파일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>deals need customers: give --customers of at least 1</source>
      <translation>거래에는 고객이 필요합니다: --customers를 1 이상으로 지정하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>do not fill a new database with sample data</source>
      <translation>새 데이터베이스에 샘플 데이터를 넣지 않습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>fill a database with generated sample data at any scale</source>
      <translation>원하는 규모로 생성한 샘플 데이터를 데이터베이스에 채웁니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>import customers from a .csv (header row) or .vcf file</source>
      <translation>헤더 행이 있는 .csv 파일 또는 .vcf 파일에서 고객을 가져옵니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>imported %1 customer(s); updated %2; skipped %3 already there; refused %4 row(s)</source>
      <translation>고객 %1명 가져옴, %2명 업데이트, 이미 있는 %3명 건너뜀, %4개 행 거부</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>imported %1 rate(s); replaced %2; %3 already there; %4 repeated line(s) taken once</source>
      <translation>환율 %1건 가져옴, %2건 교체, %3건 이미 있음, 중복된 %4줄은 한 번만 반영</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>imported nothing: %1 line(s) refused</source>
      <translation>가져온 항목 없음: %1줄 거부됨</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>importing: %1% (line %2 of about %3)</source>
      <translation>가져오는 중: %1% (약 %3줄 중 %2번째 줄)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>kept 1 %1 = %2 %3 from %4</source>
      <translation>변경 없음: 1 %1 = %2 %3 (%4부터)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>list every deal with its stage, status, value, customer, dates and lost reason</source>
      <translation>모든 거래를 단계, 상태, 금액, 고객, 날짜, 실패 사유와 함께 나열합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>list the rates as JSON</source>
      <translation>환율을 JSON으로 나열합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>list, set or import exchange rates (totals are shown in the reporting currency)</source>
      <translation>환율을 나열, 설정하거나 가져옵니다 (합계는 보고 통화로 표시)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>make a new database at --db even where an empty (0-byte) file is</source>
      <translation>--db 위치에 빈(0바이트) 파일이 있어도 새 데이터베이스를 만듭니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>must not be negative: %1</source>
      <translation>음수일 수 없습니다: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>not a date (YYYY-MM-DD): %1</source>
      <translation>날짜(YYYY-MM-DD)가 아닙니다: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>not a whole number: %1</source>
      <translation>정수가 아닙니다: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>now</source>
      <translation>현재</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>only report what would be imported</source>
      <translation>가져올 내용만 보고합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>options</source>
      <translation>옵션</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>positional arguments</source>
      <translation>위치 인수</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>print JSON instead of a table</source>
      <translation>표 대신 JSON으로 출력합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>print customer dossiers to PDF: one customer, or everyone visited on a day</source>
      <translation>고객 자료를 PDF로 인쇄합니다: 고객 한 명, 또는 하루 동안 방문하는 모든 고객</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>put a backup back in place of a database</source>
      <translation>백업으로 데이터베이스를 복원합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>render the window (1280x800) to a PNG file and exit</source>
      <translation>창을 PNG 파일(1280x800)로 렌더링하고 종료합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>replace the file given with --out if it exists</source>
      <translation>--out으로 지정한 파일이 있으면 덮어씁니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>replaced 1 %1 = %2 %3 from %4</source>
      <translation>교체함: 1 %1 = %2 %3 (%4부터)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>restored %1 from %2</source>
      <translation>%2에서 %1을(를) 복원했습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>restored %1 from %2; its previous state is kept in %3</source>
      <translation>%2에서 %1을(를) 복원했습니다. 이전 상태는 %3에 보관되어 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>salesdesk: error: %1</source>
      <translation>salesdesk: 오류: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>salesdesk: error: %1: %2</source>
      <translation>salesdesk: 오류: %1: %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>salesdesk: warning: no %1 font is installed; %1 text is left out (on Debian/Ubuntu: apt install fonts-noto-cjk)</source>
      <translation>salesdesk: 경고: %1 글꼴이 설치되어 있지 않아 %1 텍스트가 빠집니다 (Debian/Ubuntu: apt install fonts-noto-cjk)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>show program's version number and exit</source>
      <translation>프로그램 버전을 표시하고 종료합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>show this help message and exit</source>
      <translation>이 도움말을 표시하고 종료합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>store the rate of one currency</source>
      <translation>한 통화의 환율을 저장합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>stored 1 %1 = %2 %3 from %4</source>
      <translation>저장함: 1 %1 = %2 %3 (%4부터)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>the customer's id</source>
      <translation>고객 ID</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>the file's encoding when it is not UTF-8 or UTF-16 with a byte order mark (e.g. cp1252, cp1250, cp1251, latin-1)</source>
      <translation>파일이 UTF-8이나 BOM(바이트 순서 표시)이 있는 UTF-16이 아닐 때의 인코딩 (예: cp1252, cp1250, cp1251, latin-1)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>the funnel, key figures and diagnosis of a period (last 90 days)</source>
      <translation>기간의 퍼널, 핵심 지표, 진단 (기본값: 최근 90일)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>the language of messages, dates and numbers: %1 (default: the one chosen in Preferences, else the system's)</source>
      <translation>메시지, 날짜, 숫자의 언어: %1 (기본값: 환경설정에서 선택한 언어, 없으면 시스템 언어)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>the rate “%1” is not a number (write it like 1.0856)</source>
      <translation>환율 “%1”은(는) 숫자가 아닙니다 (1.0856처럼 입력하세요)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>the rep's country, whose territory the customers live in (default from LANG: %(default)s)</source>
      <translation>영업 담당자의 국가, 즉 고객들이 있는 지역 (기본값은 LANG 기준: %(default)s)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>usage: </source>
      <translation>사용법: </translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>vCard 3.0</source>
      <translation>vCard 3.0</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>where to write (default: next to the database)</source>
      <translation>저장 위치 (기본값: 데이터베이스와 같은 폴더)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>which deals (default: all)</source>
      <translation>대상 거래 (기본값: all)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>with --import: only check the file</source>
      <translation>--import와 함께: 파일만 검사</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>with --import: the file's encoding</source>
      <translation>--import와 함께: 파일 인코딩</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>with --set (today)</source>
      <translation>--set과 함께 (기본값: 오늘)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>with --set: 1 BASE = RATE CODE</source>
      <translation>--set과 함께: 1 BASE = RATE CODE</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>would import %1 customer(s); would update %2; skipped %3 already there; refused %4 row(s)</source>
      <translation>가져올 고객 %1명, 업데이트할 고객 %2명, 이미 있어 건너뛸 고객 %3명, 거부될 행 %4개</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli_rates.py" />
      <source>would import %1 rate(s); %2 repeated line(s)</source>
      <translation>가져올 환율 %1건, 중복된 줄 %2개</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>write a consistent copy of a database</source>
      <translation>데이터베이스의 일관된 사본을 만듭니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>write every customer to CSV or vCard</source>
      <translation>모든 고객을 CSV 또는 vCard로 내보냅니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>write the one-page weekly funnel report as PDF</source>
      <translation>한 페이지짜리 주간 퍼널 보고서를 PDF로 저장합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>write the planned visits of a period as an iCalendar file</source>
      <translation>기간 내 예정된 방문을 iCalendar 파일로 내보냅니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/cli.py" />
      <source>wrote %1 customer(s) to %2</source>
      <translation>고객 %1명을 %2에 저장했습니다</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/cli.py" />
      <source>wrote %n dossier(s) on %1 to %2</source>
      <translation>
        <numerusform>고객 자료 %n건(%1)을 %2에 저장했습니다</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/cli.py" />
      <source>wrote %n planned activit(y|ies) to %1</source>
      <translation>
        <numerusform>예정된 활동 %n건을 %1에 저장했습니다</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/cli.py" />
      <source>wrote the funnel report (%n page(s)) to %1</source>
      <translation>
        <numerusform>퍼널 보고서(%n페이지)를 %1에 저장했습니다</numerusform>
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
      <source>No preference</source>
      <translation>선호 없음</translation>
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
      <translation>%1 님은 이 고객이 이미 소개했습니다</translation>
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
      <translation>한 번에 최대 %1명까지 요청하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>choose someone else of the company</source>
      <translation>이 회사의 다른 사람을 선택하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>name the customer's company first (Edit details…)</source>
      <translation>먼저 고객의 회사를 입력하세요 (정보 편집…)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>news cannot lie in the future</source>
      <translation>소식 날짜는 미래일 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/family.py" />
      <source>say what the date is</source>
      <translation>어떤 날짜인지 입력하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>say what was bought</source>
      <translation>구매한 품목을 입력하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/notes.py" />
      <source>that customer no longer exists</source>
      <translation>해당 고객이 더 이상 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/notes.py" />
      <source>that deal is not one of the customer's</source>
      <translation>해당 거래는 이 고객의 거래가 아닙니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <location filename="../../salesdesk/core/operations/row_change.py" />
      <source>that entry no longer exists; open the card again</source>
      <translation>해당 항목이 더 이상 없습니다. 고객 프로필을 다시 여세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <source>that fact no longer exists; open the card again</source>
      <translation>해당 정보가 더 이상 없습니다. 고객 프로필을 다시 여세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>the amount cannot be negative</source>
      <translation>금액은 음수일 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <source>the answer is longer than %1 characters</source>
      <translation>답변이 %1자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <source>the birthday lies in the future</source>
      <translation>생일이 미래 날짜입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the city is longer than %1 characters</source>
      <translation>도시명이 %1자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the company is longer than %1 characters</source>
      <translation>회사명이 %1자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the country is longer than %1 characters</source>
      <translation>국가명이 %1자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>the currency is a three-letter code such as EUR</source>
      <translation>통화는 EUR처럼 세 글자 코드로 입력하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the customer needs a name</source>
      <translation>고객 이름을 입력하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <source>the fact is longer than %1 characters</source>
      <translation>정보가 %1자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <source>the name is longer than %1 characters</source>
      <translation>이름이 %1자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/notes.py" />
      <source>the note is empty</source>
      <translation>메모가 비어 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/notes.py" />
      <source>the note is longer than %1 characters</source>
      <translation>메모가 %1자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the notes is longer than %1 characters</source>
      <translation>메모가 %1자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the position is longer than %1 characters</source>
      <translation>직책이 %1자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the postal code is longer than %1 characters</source>
      <translation>우편번호가 %1자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <source>the street is longer than %1 characters</source>
      <translation>도로명 주소가 %1자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <source>the text is longer than %1 characters</source>
      <translation>내용이 %1자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/customer_editing.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <location filename="../../salesdesk/core/operations/qualification.py" />
      <location filename="../../salesdesk/core/operations/referrals.py" />
      <location filename="../../salesdesk/core/queries/profile.py" />
      <source>there is no customer %1</source>
      <translation>고객 %1을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/referrals.py" />
      <source>there is no deal %1</source>
      <translation>거래 %1을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <source>there is no question %1</source>
      <translation>질문 %1을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/referrals.py" />
      <source>write down at least one name</source>
      <translation>이름을 하나 이상 입력하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <location filename="../../salesdesk/core/operations/family.py" />
      <source>write down the name</source>
      <translation>이름을 입력하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/company_entries.py" />
      <source>write down what happened</source>
      <translation>어떤 일이 있었는지 입력하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/profile_answers.py" />
      <source>write the fact down first</source>
      <translation>먼저 정보를 입력하세요</translation>
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
      <source>%1:</source>
      <translation>%1:</translation>
    </message>
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
      <translation>실패로 표시(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Mark &amp;won…</source>
      <translation>성사로 표시(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Put on &amp;hold</source>
      <translation>보류하기(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Qualification</source>
      <translation>자격 검증</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Re&amp;open…</source>
      <translation>다시 열기(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/board/deal_editor.py" />
      <source>Re&amp;sume</source>
      <translation>재개(&amp;S)</translation>
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
      <translation>전체</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>All reasons</source>
      <translation>전체 사유</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Any time</source>
      <translation>전체 기간</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Back to the board (Ctrl+Shift+D)</source>
      <translation>보드로 돌아가기 (Ctrl+Shift+D)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Between…</source>
      <translation>기간 지정…</translation>
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
      <translation>최근 12개월</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Last 30 days</source>
      <translation>최근 30일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Last 90 days</source>
      <translation>최근 90일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Lost</source>
      <translation>실패</translation>
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
      <translation>보류</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Open</source>
      <translation>진행 중</translation>
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
      <translation>올해</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Value</source>
      <translation>금액</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/closed_list.py" />
      <source>Won</source>
      <translation>성사</translation>
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
      <translation>%1은(는) ISO 4217 통화 코드가 아닙니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>a deal is listed twice</source>
      <translation>같은 거래가 두 번 포함되어 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>choose an open stage of the funnel</source>
      <translation>영업 퍼널의 진행 단계를 선택하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>choose the customer of the deal</source>
      <translation>거래의 고객을 선택하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>deals are created in open stages</source>
      <translation>거래는 진행 단계에서만 만들 수 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>lost</source>
      <translation>실패</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>name the customer</source>
      <translation>고객 이름을 입력하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>no deals chosen</source>
      <translation>선택한 거래가 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>no deals to move</source>
      <translation>이동할 거래가 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>on hold</source>
      <translation>보류</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are on hold can be resumed; %2 of them are %1</source>
      <translation>보류된 거래만 재개할 수 있습니다. 그중 %2건이 %1 상태입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are on hold can be resumed; one of them is %1</source>
      <translation>보류된 거래만 재개할 수 있습니다. 그중 1건이 %1 상태입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open can be put on hold; %2 of them are %1</source>
      <translation>진행 중인 거래만 보류할 수 있습니다. 그중 %2건이 %1 상태입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open can be put on hold; one of them is %1</source>
      <translation>진행 중인 거래만 보류할 수 있습니다. 그중 1건이 %1 상태입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open or on hold can be marked lost; %2 of them are %1</source>
      <translation>진행 중이거나 보류된 거래만 실패로 표시할 수 있습니다. 그중 %2건이 %1 상태입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open or on hold can be marked lost; one of them is %1</source>
      <translation>진행 중이거나 보류된 거래만 실패로 표시할 수 있습니다. 그중 1건이 %1 상태입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open or on hold can be marked won; %2 of them are %1</source>
      <translation>진행 중이거나 보류된 거래만 성사로 표시할 수 있습니다. 그중 %2건이 %1 상태입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are open or on hold can be marked won; one of them is %1</source>
      <translation>진행 중이거나 보류된 거래만 성사로 표시할 수 있습니다. 그중 1건이 %1 상태입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are won or lost can be reopened; %2 of them are %1</source>
      <translation>성사 또는 실패한 거래만 다시 열 수 있습니다. 그중 %2건이 %1 상태입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>only deals that are won or lost can be reopened; one of them is %1</source>
      <translation>성사 또는 실패한 거래만 다시 열 수 있습니다. 그중 1건이 %1 상태입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>open</source>
      <translation>진행 중</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>say why the deal was lost</source>
      <translation>거래 실패 사유를 입력하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>that lost reason is no longer on the list; choose another</source>
      <translation>해당 실패 사유는 더 이상 목록에 없습니다. 다른 사유를 선택하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the currency is a three-letter code such as EUR</source>
      <translation>통화는 EUR처럼 세 글자 코드로 입력하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the customer's name is too long</source>
      <translation>고객 이름이 너무 깁니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the deal needs a title</source>
      <translation>거래 제목을 입력하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>the detail is longer than %1 characters</source>
      <translation>세부 내용이 %1자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>the lost reason "%1" is retired; choose another</source>
      <translation>실패 사유 "%1"은(는) 사용 중지되었습니다. 다른 사유를 선택하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the probability is 0 to 100 %</source>
      <translation>확률은 0~100 % 범위로 입력하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>the stage the deal left is gone; choose the stage it goes to</source>
      <translation>거래가 있던 단계가 삭제되었습니다. 옮길 단계를 선택하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the title is longer than %1 characters</source>
      <translation>제목이 %1자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <source>the value cannot be negative</source>
      <translation>금액은 음수일 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_editing.py" />
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>there is no deal %1</source>
      <translation>거래 %1을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_moves.py" />
      <source>there is no stage %1</source>
      <translation>단계 %1을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>this database has no Lost stage</source>
      <translation>이 데이터베이스에는 실패 단계가 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>this database has no On hold stage</source>
      <translation>이 데이터베이스에는 보류 단계가 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>this database has no Won stage</source>
      <translation>이 데이터베이스에는 성사 단계가 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/deal_outcomes.py" />
      <source>won</source>
      <translation>성사</translation>
    </message>
  </context>
  <context>
    <name>Defaults</name>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>All known objections answered</source>
      <translation>파악된 이의에 모두 답변</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Ask for one to three referrals after signing</source>
      <translation>계약 후 소개 1~3명 요청</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Bad timing</source>
      <translation>시기가 맞지 않음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Birthday, and how they like to celebrate it?</source>
      <translation>생일은 언제이고, 어떻게 축하하기를 좋아하나요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Body</source>
      <translation>컨디션</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Books, films or music they enjoy?</source>
      <translation>즐겨 읽는 책, 즐겨 보는 영화, 좋아하는 음악은?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Brochures and price list</source>
      <translation>브로슈어와 가격표</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Budget available for this purchase?</source>
      <translation>이번 구매에 쓸 수 있는 예산은?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Business cards</source>
      <translation>명함</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Cars, gadgets or collections they care about?</source>
      <translation>관심 있는 자동차, 전자기기, 수집품은?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Causes or charities they support?</source>
      <translation>후원하는 활동이나 자선 단체는?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Children: names and ages?</source>
      <translation>자녀: 이름과 나이는?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Chose a competitor</source>
      <translation>경쟁사 선택</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Clean, presentable, dressed like an expert of the trade</source>
      <translation>깔끔하고 단정한 용모, 업계 전문가다운 복장</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Closing</source>
      <translation>클로징</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Closing kit</source>
      <translation>클로징 준비물</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Closing question prepared</source>
      <translation>클로징 질문 준비</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Clubs or associations they belong to?</source>
      <translation>소속된 동호회나 모임은?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Contact left or changed</source>
      <translation>담당자 퇴사 또는 변경</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Contract printed in two copies</source>
      <translation>계약서 2부 출력</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Contracted</source>
      <translation>계약 체결</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Current position and main responsibilities?</source>
      <translation>현재 직책과 주요 업무는?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Current price list and discount limits</source>
      <translation>최신 가격표와 할인 한도</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Customer</source>
      <translation>고객</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Decision maker confirmed to attend</source>
      <translation>의사결정자 참석 확인</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Desired outcome of this visit written down</source>
      <translation>이번 방문의 기대 성과 기록</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Do they prefer to buy, lease or subscribe?</source>
      <translation>구매, 리스, 구독 중 무엇을 선호하나요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Do they smoke or drink? Any dietary needs?</source>
      <translation>흡연이나 음주를 하나요? 가리는 음식이 있나요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Education: school, university, degree?</source>
      <translation>학력: 학교, 대학교, 학위는?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>End time set</source>
      <translation>종료 시간 설정</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Everyone needed is coming</source>
      <translation>필요한 사람 모두 참석 확인</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Everything needed to sign on the spot.</source>
      <translation>그 자리에서 바로 계약하는 데 필요한 모든 것.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Family topics to avoid?</source>
      <translation>피해야 할 가족 관련 화제는?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Family traditions or holidays that matter to them?</source>
      <translation>중요하게 여기는 가족 전통이나 명절은?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Favourite food, restaurant and drink?</source>
      <translation>좋아하는 음식, 식당, 음료는?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Favourite holiday destinations and travel plans?</source>
      <translation>좋아하는 휴가지와 여행 계획은?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Financial situation of the company: growing, stable, under pressure?</source>
      <translation>회사의 재무 상황: 성장, 안정, 어려움 중 어디인가요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Goals for this year at work?</source>
      <translation>올해 업무 목표는?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Hobbies and how they spend weekends?</source>
      <translation>취미는? 주말은 어떻게 보내나요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>How do they measure success in their job?</source>
      <translation>업무에서 성공을 어떻게 평가하나요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>How long in this role and with this employer?</source>
      <translation>현 직책과 현 직장에서 일한 기간은?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>How price-sensitive are they compared with quality and service?</source>
      <translation>품질과 서비스에 비해 가격에 얼마나 민감한가요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>How satisfied are they with the current supplier?</source>
      <translation>현재 공급업체에 얼마나 만족하나요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Industry news worth talking about</source>
      <translation>대화에 쓸 업계 소식</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Kept their current solution</source>
      <translation>기존 솔루션 유지</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Know the open objections and the answers to them</source>
      <translation>미해결 이의와 그 답변 파악</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Know the real decision maker and their personality</source>
      <translation>실제 의사결정자와 그 성격 파악</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Know what they bought before, and from whom</source>
      <translation>이전 구매 내역과 구매처 파악</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Knowledge</source>
      <translation>전문 지식</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Laptop or tablet charged, demo works offline</source>
      <translation>노트북/태블릿 충전, 오프라인 시연 가능</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Lost</source>
      <translation>실패</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Married or in a partnership? Partner's name?</source>
      <translation>기혼 또는 동거 중인가요? 배우자(파트너)의 이름은?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Meeting</source>
      <translation>미팅</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Memberships in professional associations?</source>
      <translation>가입한 직능 단체나 협회는?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Mind</source>
      <translation>마음가짐</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Negotiation</source>
      <translation>협상</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>New contact</source>
      <translation>신규 접촉</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>No budget</source>
      <translation>예산 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>On hold</source>
      <translation>보류</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Order form</source>
      <translation>주문서</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Paperwork</source>
      <translation>서류</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Parents living nearby? Anyone they care for?</source>
      <translation>부모님이 가까이 사시나요? 돌보는 가족이 있나요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Partner's occupation and interests?</source>
      <translation>배우자(파트너)의 직업과 관심사는?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Payment habits: pays on time, asks for terms?</source>
      <translation>결제 습관: 제때 지불하나요, 결제 조건을 요구하나요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Pets, and their names?</source>
      <translation>반려동물이 있나요? 이름은?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Pitch ready in three lengths: 30 seconds, 5 minutes, full demo</source>
      <translation>세 가지 버전의 피치 준비: 30초, 5분, 전체 시연</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Positive and looking forward to the meeting</source>
      <translation>긍정적인 마음으로 미팅 기대하기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Pre-visit preparation</source>
      <translation>방문 준비</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Presented</source>
      <translation>제품 소개</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Pressure they are under right now, and from whom?</source>
      <translation>지금 받고 있는 압박은 무엇이고, 누구로부터인가요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Previous employers and positions?</source>
      <translation>이전 직장과 직책은?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Price too high</source>
      <translation>가격이 너무 높음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Product and technical facts at hand</source>
      <translation>제품 및 기술 정보 준비</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Product does not fit</source>
      <translation>제품이 맞지 않음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Professional achievements they are proud of?</source>
      <translation>자랑스럽게 여기는 업무 성과는?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Proposal</source>
      <translation>제안</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Qualified</source>
      <translation>자격 확인</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Recalled a recent visit that went well</source>
      <translation>최근 성공한 방문 사례 떠올리기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Receipt or invoice book</source>
      <translation>영수증 또는 계산서 양식</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Reread the customer's profile card</source>
      <translation>고객 프로필 다시 읽기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Reviewed our product's three strongest advantages</source>
      <translation>우리 제품의 3대 강점 복습</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Reviewed the competitors' weak points</source>
      <translation>경쟁사의 약점 복습</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Samples</source>
      <translation>샘플</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Slept enough and rested</source>
      <translation>충분한 수면과 휴식</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Sports they play or follow, favourite team?</source>
      <translation>직접 하거나 즐겨 보는 스포츠, 좋아하는 팀은?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Their role in the buying decision: decides, influences, uses, or blocks?</source>
      <translation>구매 결정에서의 역할: 결정권자, 영향력자, 사용자, 반대자 중 무엇인가요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Time and topic agreed and confirmed</source>
      <translation>시간과 주제 합의 및 확인</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Tools</source>
      <translation>영업 도구</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Topics they dislike or find sensitive?</source>
      <translation>싫어하거나 민감하게 여기는 화제는?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Topics they love to talk about?</source>
      <translation>즐겨 이야기하는 화제는?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Walk into the meeting prepared: yourself, your knowledge, the customer, the meeting.</source>
      <translation>나 자신, 지식, 고객, 미팅까지 모두 준비하고 미팅에 들어가세요.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Wedding or partnership anniversary?</source>
      <translation>결혼기념일 또는 교제 기념일은?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Went quiet: no decision</source>
      <translation>연락 두절: 결정 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>What have they bought before, and from which suppliers?</source>
      <translation>이전에 무엇을, 어느 공급업체에서 구매했나요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>What return on the investment do they expect?</source>
      <translation>기대하는 투자 수익은?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>When does the budget year start?</source>
      <translation>회계연도는 언제 시작하나요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Where did they grow up?</source>
      <translation>어디에서 자랐나요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Where do they want to be in five years?</source>
      <translation>5년 후 어떤 모습이 되고 싶어 하나요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Which discounts or conditions did they get before?</source>
      <translation>이전에 받은 할인이나 거래 조건은?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Which schools or universities do the children attend?</source>
      <translation>자녀가 다니는 학교나 대학교는?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Who approves spending, and up to what amount?</source>
      <translation>지출 승인권자는 누구이고, 한도는 얼마인가요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Who do they report to, and who reports to them?</source>
      <translation>상사는 누구이고, 부하 직원은 누구인가요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/defaults.py" />
      <source>Won</source>
      <translation>성사</translation>
    </message>
  </context>
  <context>
    <name>Diagnosis</name>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Agree a decision date with each buyer and prepare answers to price objections.</source>
      <translation>구매자마다 결정 날짜를 합의하고, 가격 이의에 대한 답변을 준비하세요.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Block time every week for new contacts: referrals first, then calls and visits.</source>
      <translation>매주 신규 접촉 시간을 따로 확보하세요. 소개를 먼저, 그다음 통화와 방문 순으로 하세요.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Call or visit each rotting deal this week, or close it as lost.</source>
      <translation>정체된 거래는 이번 주에 모두 통화하거나 방문하고, 아니면 실패로 종료하세요.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Deals pile up in negotiation</source>
      <translation>협상 단계에 거래가 쌓여 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Few deals reach a proposal</source>
      <translation>제안 단계까지 가는 거래가 적습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Look at the deals stuck in “%1”: what do they wait for?</source>
      <translation>“%1” 단계에 머물러 있는 거래를 살펴보세요. 무엇을 기다리고 있나요?</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Many deals are rotting</source>
      <translation>정체된 거래가 많습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Prospecting has stalled</source>
      <translation>신규 고객 발굴이 멈췄습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>Qualify harder early (BANT) and present the value before writing offers.</source>
      <translation>초기에 자격 검증(BANT)을 더 엄격히 하고, 제안서를 쓰기 전에 가치를 먼저 제시하세요.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/diagnosis.py" />
      <source>The bottleneck is “%1”</source>
      <translation>병목은 “%1” 단계입니다</translation>
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
      <translation>회사: %1</translation>
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
      <translation>PDF 내보내기…</translation>
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
      <translation>우량 특성:</translation>
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
      <translation>다음 조치:</translation>
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
      <translation>비우량 특성:</translation>
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
      <translation>인쇄 미리보기…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/printing/dossier_actions.py" />
      <source>Print…</source>
      <translation>인쇄…</translation>
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
      <translation>소문:</translation>
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
      <translation>%1등급</translation>
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
      <translation>합계(보류 제외): %1</translation>
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
      <source>&amp;Amount:</source>
      <translation>금액(&amp;A):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/travel_dialog.py" />
      <source>&amp;Average speed, where places have coordinates:</source>
      <translation>평균 속도(좌표가 있는 장소)(&amp;A):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>&amp;Base (1 unit of):</source>
      <translation>기준 통화(1단위)(&amp;B):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;Birthday:</source>
      <translation>생일(&amp;B):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Character:</source>
      <translation>성격(&amp;C):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>&amp;Checklist:</source>
      <translation>체크리스트(&amp;C):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>&amp;Currency:</source>
      <translation>통화(&amp;C):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;Date:</source>
      <translation>날짜(&amp;D):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>&amp;Deal:</source>
      <translation>거래(&amp;D):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Decision role:</source>
      <translation>의사결정 역할(&amp;D):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>&amp;E-mails (one per line):</source>
      <translation>이메일(한 줄에 하나)(&amp;E):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Function:</source>
      <translation>직무(&amp;F):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Goals:</source>
      <translation>목표(&amp;G):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Heard from:</source>
      <translation>출처(&amp;H):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>&amp;Kind:</source>
      <translation>유형(&amp;K):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;Name:</source>
      <translation>이름(&amp;N):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/close_dialog.py" />
      <source>&amp;Next step:</source>
      <translation>다음 조치(&amp;N):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>&amp;Objective:</source>
      <translation>목적(&amp;O):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>&amp;Place:</source>
      <translation>장소(&amp;P):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>&amp;Position:</source>
      <translation>직책(&amp;P):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Pressures:</source>
      <translation>압박 요인(&amp;P):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>&amp;Rate:</source>
      <translation>환율(&amp;R):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;Relation:</source>
      <translation>관계(&amp;R):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Reports to:</source>
      <translation>상급자(&amp;R):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>&amp;Starts:</source>
      <translation>시작(&amp;S):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>&amp;Street:</source>
      <translation>도로명 주소(&amp;S):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;Supplier:</source>
      <translation>공급업체(&amp;S):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>&amp;Tier:</source>
      <translation>등급(&amp;T):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>&amp;Valid from:</source>
      <translation>적용 시작일(&amp;V):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/close_dialog.py" />
      <source>&amp;What came of it:</source>
      <translation>결과(&amp;W):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>&amp;What:</source>
      <translation>내용(&amp;W):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>&amp;When:</source>
      <translation>날짜(&amp;W):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>C&amp;ustomer:</source>
      <translation>고객(&amp;U):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Co&amp;mpany:</source>
      <translation>회사(&amp;M):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Co&amp;untry:</source>
      <translation>국가(&amp;U):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Coordin&amp;ates:</source>
      <translation>좌표(&amp;A):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/widgets/entry_dialog.py" />
      <source>Delete</source>
      <translation>삭제</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>Desired outco&amp;me:</source>
      <translation>기대 성과(&amp;M):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/plan_dialog.py" />
      <source>Dur&amp;ation:</source>
      <translation>소요 시간(&amp;A):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <location filename="../../salesdesk/ui/customers/family_dialogs.py" />
      <source>N&amp;otes:</source>
      <translation>메모(&amp;O):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>P&amp;hones (one per line):</source>
      <translation>전화(한 줄에 하나)(&amp;H):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Postal code, cit&amp;y:</source>
      <translation>우편번호, 도시(&amp;Y):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/contact_dialog.py" />
      <source>Prefers:</source>
      <translation>선호 연락 수단:</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>W&amp;hen:</source>
      <translation>시기(&amp;H):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/company_dialogs.py" />
      <source>Wh&amp;at happened:</source>
      <translation>내용(&amp;A):</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../../salesdesk/core/exchange/calendar.py" />
      <source>Desired outcome: %1</source>
      <translation>기대 성과: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/calendar.py" />
      <source>Objective: %1</source>
      <translation>목적: %1</translation>
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
      <translation>%1을(를) 저장하지 못했습니다: %2. 아무것도 저장되지 않았습니다</translation>
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
      <translation>%1에 이름 열이 없습니다 (첫 행에 열 이름을 적어야 합니다)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/vcard_reader.py" />
      <source>%1 holds no vCard (BEGIN:VCARD … END:VCARD)</source>
      <translation>%1에 vCard가 없습니다 (BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>%1 is not %2 text (line %3 has the byte 0x%4): nothing was imported; %5</source>
      <translation>%1 파일은 %2 텍스트가 아닙니다 (%3행에 0x%4 바이트가 있음). 아무것도 가져오지 않았습니다. %5</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a birthday (write YYYY-MM-DD or --MM-DD)</source>
      <translation>%1은(는) 생일이 아닙니다 (YYYY-MM-DD 또는 --MM-DD 형식으로 입력하세요)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a date (write YYYY-MM-DD)</source>
      <translation>%1은(는) 날짜가 아닙니다 (YYYY-MM-DD 형식으로 입력하세요)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a latitude (write degrees like 40.4168)</source>
      <translation>%1은(는) 위도가 아닙니다 (40.4168처럼 도 단위로 입력하세요)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a longitude (write degrees like 40.4168)</source>
      <translation>%1은(는) 경도가 아닙니다 (40.4168처럼 도 단위로 입력하세요)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a phone number</source>
      <translation>%1은(는) 전화번호가 아닙니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a phone number; start it with + and the country code</source>
      <translation>%1은(는) 전화번호가 아닙니다. +와 국가 코드로 시작하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not a place: write latitude, longitude (40.4168, -3.7038)</source>
      <translation>%1은(는) 위치가 아닙니다. 위도, 경도 형식으로 입력하세요 (40.4168, -3.7038)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>%1 is not an e-mail address: %2</source>
      <translation>%1은(는) 이메일 주소가 아닙니다: %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>%1 is not an encoding SalesDesk knows</source>
      <translation>%1은(는) SalesDesk가 지원하지 않는 인코딩입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>%1 looks like UTF-16 without a byte order mark: nothing was imported; choose utf-16-le or utf-16-be as its encoding</source>
      <translation>%1 파일은 BOM 없는 UTF-16으로 보입니다. 아무것도 가져오지 않았습니다. 인코딩으로 utf-16-le 또는 utf-16-be를 선택하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/importer.py" />
      <source>%1: SalesDesk imports .csv and .vcf files</source>
      <translation>%1: SalesDesk는 .csv 및 .vcf 파일만 가져올 수 있습니다</translation>
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
      <translation>도시</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>Company</source>
      <translation>회사</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Customer files (*.csv *.vcf);;CSV (*.csv);;vCard (*.vcf)</source>
      <translation>고객 파일 (*.csv *.vcf);;CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>DOS (code page 437)</source>
      <translation>DOS (코드 페이지 437)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>DOS (code page 850)</source>
      <translation>DOS (코드 페이지 850)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>E-mails</source>
      <translation>이메일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_dialog.py" />
      <source>Export Customers</source>
      <translation>고객 내보내기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>ISO 8859-1 (Latin-1)</source>
      <translation>ISO 8859-1 (Latin-1)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>ISO 8859-15 (Latin-9)</source>
      <translation>ISO 8859-15 (Latin-9)</translation>
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
      <translation>행</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>Mac OS Roman</source>
      <translation>Mac OS Roman</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>Name</source>
      <translation>이름</translation>
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
      <translation>전화</translation>
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
      <translation>등급</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>UTF-16 BE without byte order mark</source>
      <translation>UTF-16 BE (BOM 없음)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>UTF-16 LE without byte order mark</source>
      <translation>UTF-16 LE (BOM 없음)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>UTF-8 (with BOM)</source>
      <translation>UTF-8 (BOM 포함)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>What happens</source>
      <translation>처리</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>Windows-1250 (Central Europe)</source>
      <translation>Windows-1250 (중부 유럽)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>Windows-1251 (Cyrillic)</source>
      <translation>Windows-1251 (키릴 문자)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>Windows-1252 (Western Europe, Americas)</source>
      <translation>Windows-1252 (서유럽, 아메리카)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/csv_reader.py" />
      <source>a quote opened here is never closed: this and every later line was not read</source>
      <translation>여기서 열린 따옴표가 닫히지 않아 이 줄과 이후 모든 줄을 읽지 못했습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>cannot read %1: %2</source>
      <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/encodings.py" />
      <source>choose the file's encoding (for example cp1252 for Excel on Windows in Western Europe, cp1250 for Central Europe, cp1251 for Cyrillic)</source>
      <translation>파일 인코딩을 선택하세요 (예: 서유럽 Windows용 Excel은 cp1252, 중부 유럽은 cp1250, 키릴 문자는 cp1251)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/csv_reader.py" />
      <source>columns not imported: %1</source>
      <translation>가져오지 않은 열: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/duplicates.py" />
      <source>e-mail</source>
      <translation>이메일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>give both latitude and longitude, or neither</source>
      <translation>위도와 경도를 모두 입력하거나 둘 다 비워 두세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>line %1 of this file</source>
      <translation>이 파일의 %1행</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>line %1: %2</source>
      <translation>%1행: %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>lines %1–%2: %3</source>
      <translation>%1–%2행: %3</translation>
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
      <translation>이름</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/duplicates.py" />
      <source>name and company</source>
      <translation>이름과 회사</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>name is missing</source>
      <translation>이름이 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>new</source>
      <translation>신규</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/vcard_reader.py" />
      <source>not a readable vCard (%1)</source>
      <translation>읽을 수 없는 vCard입니다 (%1)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/duplicates.py" />
      <source>phone</source>
      <translation>전화번호</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/vcard_reader.py" />
      <source>photos are not imported (%1 card(s) had one)</source>
      <translation>사진은 가져오지 않습니다 (사진이 있는 카드 %1개)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/import_rows_model.py" />
      <source>same as existing (skip)</source>
      <translation>기존과 동일 (건너뜀)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/vcard_reader.py" />
      <source>the card has no END:VCARD (line %1 begins another card): not imported</source>
      <translation>카드에 END:VCARD가 없어 가져오지 않았습니다 (%1행에서 다른 카드가 시작됨)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/vcard_reader.py" />
      <source>the card has no END:VCARD: not imported</source>
      <translation>카드에 END:VCARD가 없어 가져오지 않았습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the city is longer than %1 characters (%2)</source>
      <translation>도시가 %1자를 넘습니다 (%2자)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the company is longer than %1 characters (%2)</source>
      <translation>회사가 %1자를 넘습니다 (%2자)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the country is longer than %1 characters (%2)</source>
      <translation>국가가 %1자를 넘습니다 (%2자)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/importer.py" />
      <source>the import was cancelled: nothing was stored</source>
      <translation>가져오기가 취소되어 아무것도 저장되지 않았습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>the latitude is -%1 to %1 degrees, not %2</source>
      <translation>위도는 -%1도에서 %1도 사이여야 합니다 (입력값: %2)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>the longitude is -%1 to %1 degrees, not %2</source>
      <translation>경도는 -%1도에서 %1도 사이여야 합니다 (입력값: %2)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the name is longer than %1 characters (%2)</source>
      <translation>이름이 %1자를 넘습니다 (%2자)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the notes is longer than %1 characters (%2)</source>
      <translation>메모가 %1자를 넘습니다 (%2자)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the position is longer than %1 characters (%2)</source>
      <translation>직책이 %1자를 넘습니다 (%2자)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the postal code is longer than %1 characters (%2)</source>
      <translation>우편번호가 %1자를 넘습니다 (%2자)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/csv_reader.py" />
      <source>the row has %1 values, but the header names %2 columns</source>
      <translation>행의 값은 %1개인데 헤더의 열은 %2개입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/csv_reader.py" />
      <source>the row is not valid CSV (%1)</source>
      <translation>올바른 CSV 행이 아닙니다 (%1)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/drafts.py" />
      <source>the street is longer than %1 characters (%2)</source>
      <translation>도로명 주소가 %1자를 넘습니다 (%2자)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/exchange/fields.py" />
      <source>the tier is A, B or C, not %1</source>
      <translation>등급은 A, B, C 중 하나여야 합니다 (입력값: %1)</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>After-sales service</source>
      <translation>애프터서비스</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Anniversary</source>
      <translation>기념일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Authority</source>
      <translation>결정권</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Birthday</source>
      <translation>생일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Budget</source>
      <translation>예산</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Business is doing badly</source>
      <translation>사업 부진</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Call</source>
      <translation>통화</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Cancelled</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Career</source>
      <translation>직업</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Competitor</source>
      <translation>경쟁사</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Could place a large order</source>
      <translation>대량 주문 가능</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Date</source>
      <translation>날짜</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Done</source>
      <translation>완료</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>E-mail</source>
      <translation>이메일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Family</source>
      <translation>가족</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Financially sound, pays fast</source>
      <translation>재무 건전, 빠른 결제</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Function or performance</source>
      <translation>기능/성능</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Guarantees</source>
      <translation>보증</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Hard to show value to</source>
      <translation>가치를 보여 주기 어려움</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Has an urgent need</source>
      <translation>급한 니즈가 있음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Is a centre of influence</source>
      <translation>주변에 영향력이 큼</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Leisure</source>
      <translation>여가</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Money</source>
      <translation>재정</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Need</source>
      <translation>니즈</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Negative about everything</source>
      <translation>모든 일에 부정적</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>No follow-up business</source>
      <translation>후속 거래 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>No reference value</source>
      <translation>레퍼런스 가치 없음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>No-show</source>
      <translation>노쇼</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Office and home are near</source>
      <translation>사무실과 집이 가까움</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Planned</source>
      <translation>예정</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Positive about our industry and product</source>
      <translation>우리 업계와 제품에 긍정적</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Price</source>
      <translation>가격</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Resources</source>
      <translation>리소스</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Sees a clear cost/benefit</source>
      <translation>비용 대비 효과가 명확함</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Small deal even if won</source>
      <translation>성사돼도 소규모 거래</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Solution they expect</source>
      <translation>기대하는 솔루션</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Task</source>
      <translation>할 일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Timeline</source>
      <translation>시기</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Too far away</source>
      <translation>거리가 너무 멂</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Visit</source>
      <translation>방문</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>What they enjoy about it</source>
      <translation>만족하는 점</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>What they use now</source>
      <translation>현재 사용 중인 것</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>What they would alter</source>
      <translation>바꾸고 싶은 점</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>Who decides</source>
      <translation>의사결정자</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>asked</source>
      <translation>요청함</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>became a customer</source>
      <translation>고객이 됨</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>champion</source>
      <translation>내부 지지자</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>child</source>
      <translation>자녀</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>contacted</source>
      <translation>연락함</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>conversion</source>
      <translation>전환율</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>decides</source>
      <translation>결정권자</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>declined</source>
      <translation>거절함</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>entered</source>
      <translation>진입</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>entered the first stage</source>
      <translation>첫 단계 진입</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>gatekeeper</source>
      <translation>게이트키퍼</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>given</source>
      <translation>소개받음</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>in negotiation</source>
      <translation>협상 중</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>influences</source>
      <translation>영향력자</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>new contacts</source>
      <translation>신규 접촉</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>open deals</source>
      <translation>진행 중인 거래</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>open further down</source>
      <translation>하위 단계 진행 중</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>other</source>
      <translation>기타</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>parent</source>
      <translation>부모</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>partner</source>
      <translation>파트너</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>pet</source>
      <translation>반려동물</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>reached a proposal</source>
      <translation>제안 단계 도달</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>rotting</source>
      <translation>정체</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>sibling</source>
      <translation>형제자매</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>spouse</source>
      <translation>배우자</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>uses</source>
      <translation>사용자</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/labels.py" />
      <source>went on</source>
      <translation>통과</translation>
    </message>
  </context>
  <context>
    <name>Limits</name>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the amount has more than two decimals</source>
      <translation>금액은 소수점 이하 두 자리까지만 입력할 수 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the amount is too large (at most %1)</source>
      <translation>금액이 너무 큽니다 (최대 %1)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the amount must be a number</source>
      <translation>금액은 숫자여야 합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the date %1 is not between %2 and %3</source>
      <translation>날짜 %1이(가) %2~%3 범위를 벗어났습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the time needs a time zone</source>
      <translation>시간에 시간대가 필요합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the value has more than two decimals</source>
      <translation>값은 소수점 이하 두 자리까지만 입력할 수 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the value is too large (at most %1)</source>
      <translation>값이 너무 큽니다 (최대 %1)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/limits.py" />
      <source>the value must be a number</source>
      <translation>값은 숫자여야 합니다</translation>
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
      <translation>제시한 답변(&amp;A):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>&amp;Deal:</source>
      <translation>거래(&amp;D):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/objection_dialog.py" />
      <source>&amp;Kind:</source>
      <translation>유형(&amp;K):</translation>
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
      <translation>고객 발언(&amp;S):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/objections.py" />
      <source>choose the deal the objection was raised on</source>
      <translation>이의가 제기된 거래를 선택하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/objections.py" />
      <source>the text is longer than %1 characters</source>
      <translation>텍스트가 %1자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/objections.py" />
      <source>there is no objection %1</source>
      <translation>이의 %1을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/objections.py" />
      <source>write down what the customer said</source>
      <translation>고객이 한 말을 입력하세요</translation>
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
      <translation>
        <numerusform>거래 %n건을 실패로 표시</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Mark %n deal(s) won</source>
      <translation>
        <numerusform>거래 %n건을 성사로 표시</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Mark “%1” lost</source>
      <translation>“%1” 거래를 실패로 표시</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Mark “%1” won</source>
      <translation>“%1” 거래를 성사로 표시</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Put %n deal(s) on hold</source>
      <translation>
        <numerusform>거래 %n건 보류하기</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Put “%1” on hold</source>
      <translation>“%1” 거래 보류하기</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Reopen %n deal(s) in %1</source>
      <translation>
        <numerusform>거래 %n건을 %1 단계에서 다시 열기</numerusform>
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
      <translation>“%1” 거래를 %2 단계에서 다시 열기</translation>
    </message>
    <message numerus="yes">
      <location filename="../../salesdesk/ui/deals/outcomes.py" />
      <source>Resume %n deal(s)</source>
      <translation>
        <numerusform>거래 %n건 재개</numerusform>
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
      <translation>“%1” 거래 재개</translation>
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
      <translation>언어(&amp;L):</translation>
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
      <translation>시스템 설정 따름 (%1)</translation>
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
      <translation>언어 (이 컴퓨터)</translation>
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
      <translation>SalesDesk를 다음에 시작할 때 적용됩니다. 특정 언어로 만든 데이터베이스는 단계 이름, 질문, 체크리스트를 그 언어로 유지합니다.</translation>
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
      <translation>날짜 추가…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Add family member…</source>
      <translation>가족 추가…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Add key person…</source>
      <translation>핵심 인물 추가…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Add news…</source>
      <translation>소식 추가…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_parts.py" />
      <source>Add purchase…</source>
      <translation>구매 내역 추가…</translation>
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
      <translation>우량 고객 특성</translation>
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
      <translation>실패…</translation>
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
      <translation>열기…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Phone</source>
      <translation>전화</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/profile_card.py" />
      <source>Poor-customer traits</source>
      <translation>비우량 고객 특성</translation>
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
      <translation>보류하기</translation>
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
      <translation>다시 열기…</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/customers/deals_box.py" />
      <source>Resume</source>
      <translation>재개</translation>
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
      <translation>성사…</translation>
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
      <translation>%1에 %2 열이 없습니다. 첫 줄에 열 이름(date, currency, rate, 필요하면 base)을 쓰거나, 모든 줄에 날짜, 통화 코드, 환율을 이 순서대로 쓰세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>%1 holds more than %2 rates: split it into smaller files; nothing was imported</source>
      <translation>%1에 환율이 %2건을 넘게 들어 있습니다. 더 작은 파일로 나누세요. 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>%1 holds no rates</source>
      <translation>%1에 환율이 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>%1 is not an ISO 4217 currency code</source>
      <translation>%1은(는) ISO 4217 통화 코드가 아닙니다</translation>
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
      <translation>%3부터 적용되는 1 %1당 %2 환율이 이미 있습니다. 그 환율을 수정하세요</translation>
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
      <translation>통화</translation>
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
      <translation>환율</translation>
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
      <translation>적용 종료</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>Valid from</source>
      <translation>적용 시작</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>a rate needs two different currencies</source>
      <translation>환율에는 서로 다른 두 통화가 필요합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rate_dialog.py" />
      <source>e.g. 1.0856</source>
      <translation>예: 1.0856</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>line %1 gives another rate for %2 on %3</source>
      <translation>%1행에 %3 날짜의 %2 환율이 다른 값으로 또 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/money/rates_dialog.py" />
      <source>now</source>
      <translation>현재</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/exchange_rates.py" />
      <source>that rate no longer exists; open the rates again</source>
      <translation>해당 환율이 더 이상 없습니다. 환율을 다시 여세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>the currency is a three-letter code such as EUR</source>
      <translation>통화는 EUR처럼 세 글자 코드로 입력하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>the line has %1 values, not %2</source>
      <translation>이 줄의 값이 %2개가 아니라 %1개입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>the line is not valid CSV (%1)</source>
      <translation>이 줄은 올바른 CSV가 아닙니다 (%1)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>the rate has more than %1 decimals</source>
      <translation>환율의 소수 자릿수가 %1자리를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>the rate must be a positive number</source>
      <translation>환율은 양수여야 합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_entry.py" />
      <source>the rate must be below %1</source>
      <translation>환율은 %1 미만이어야 합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>the rate “%1” is not a number (write it like 1.0856)</source>
      <translation>환율 “%1”은(는) 숫자가 아닙니다 (1.0856처럼 입력하세요)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/exchange_rates.py" />
      <source>there is no rate %1; open the rates again</source>
      <translation>환율 %1을(를) 찾을 수 없습니다. 환율을 다시 여세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/money/rate_file.py" />
      <source>“%1” is not a date written YYYY-MM-DD</source>
      <translation>“%1”은(는) YYYY-MM-DD 형식의 날짜가 아닙니다</translation>
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
      <translation>%1 (성사 거래 %2건)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>%1 days</source>
      <translation>%1일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>- %1 (%2)</source>
      <translation>- %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Average sales cycle: %1</source>
      <translation>평균 영업 주기: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Average won deal: %1</source>
      <translation>평균 성사 금액: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Conversion</source>
      <translation>전환율</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Diagnosis:</source>
      <translation>진단:</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Diagnosis: nothing stands out.</source>
      <translation>진단: 눈에 띄는 점이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Entered</source>
      <translation>진입</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Funnel %1 – %2</source>
      <translation>퍼널 %1 – %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>No exchange rate for %1: amounts in them are left out of the totals (salesdesk rates --set CODE RATE adds one)</source>
      <translation>%1 환율이 없어 해당 통화 금액은 합계에서 제외됩니다 (salesdesk rates --set CODE RATE로 추가)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Open</source>
      <translation>진행 중</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Open deals past their expected close date: %1</source>
      <translation>예상 마감일이 지난 진행 중인 거래: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Open pipeline: %1 in %2 deal(s)</source>
      <translation>진행 중 퍼널: %1 (거래 %2건)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Overdue follow-ups: %1</source>
      <translation>기한 지난 후속 연락: %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Stage</source>
      <translation>단계</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Value</source>
      <translation>금액</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Visits per week: %1, calls per week: %2</source>
      <translation>주간 방문: %1, 주간 통화: %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Weighted forecast this month (%1 – %2): %3 from %4 deal(s)</source>
      <translation>이번 달 가중 예측 (%1 – %2): %3, 거래 %4건 기준</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Weighted forecast this quarter (%1 – %2): %3 from %4 deal(s)</source>
      <translation>이번 분기 가중 예측 (%1 – %2): %3, 거래 %4건 기준</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Went on</source>
      <translation>통과</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/analytics/report.py" />
      <source>Won %1, lost %2, win rate %3</source>
      <translation>성사 %1, 실패 %2, 성사율 %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>created</source>
      <translation>생성일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>customer</source>
      <translation>고객</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>deal</source>
      <translation>거래</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>decided</source>
      <translation>결정일</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>id</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>lost</source>
      <translation>실패</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>on-hold</source>
      <translation>보류</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>open</source>
      <translation>진행 중</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>reason</source>
      <translation>사유</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>stage</source>
      <translation>단계</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>status</source>
      <translation>상태</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>value</source>
      <translation>금액</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/deal_report.py" />
      <source>won</source>
      <translation>성사</translation>
    </message>
  </context>
  <context>
    <name>Route</name>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 after the visit before</source>
      <translation>이전 방문 후 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 after the visit before · %2</source>
      <translation>이전 방문 후 %1 · %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 km, about %2</source>
      <translation>%1km, 약 %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 min</source>
      <translation>%1분</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 min gap</source>
      <translation>%1분 간격</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 min gap, the way takes %2 min</source>
      <translation>%1분 간격, 이동 %2분</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 to %2, about %3</source>
      <translation>%1에서 %2까지, 약 %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 · %2 km</source>
      <translation>%1 · %2km</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 · from %2</source>
      <translation>%1 · %2에서 이동</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>%1 · same city</source>
      <translation>%1 · 같은 도시</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>Only %1 after the visit before, but the way takes longer: %2</source>
      <translation>이전 방문 후 %1밖에 없지만 이동에 더 오래 걸립니다: %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>Overlaps: %1 · %2 · %3</source>
      <translation>겹침: %1 · %2 · %3</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>Starts before the visit before ends</source>
      <translation>이전 방문이 끝나기 전에 시작됩니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>Travel %1 between cities, %2 within one, %3 km/h with coordinates</source>
      <translation>이동 시간: 도시 간 %1, 도시 내 %2, 좌표가 있으면 시속 %3km 기준</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>at the same address</source>
      <translation>같은 주소</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>overlaps %1 %2</source>
      <translation>겹침: %1 %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>starts before the visit before ends</source>
      <translation>이전 방문 종료 전 시작</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>under 1 km, about %1</source>
      <translation>1km 미만, 약 %1</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/route_words.py" />
      <source>within %1, about %2</source>
      <translation>%1 시내, 약 %2</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>"%1" can only be merged into a reason on the list</source>
      <translation>"%1"은(는) 목록에 있는 사유에만 병합할 수 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>"%1" is the reason of %2 lost deal(s): retire it or merge it into another</source>
      <translation>"%1"은(는) 실패 거래 %2건의 사유입니다. 사용 중지하거나 다른 사유에 병합하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>a former stage is already called "%1"</source>
      <translation>이전에 쓰던 단계 중에 이미 "%1"이(가) 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/questions.py" />
      <source>a question cannot be blank</source>
      <translation>질문을 비워 둘 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/questions.py" />
      <source>a question is longer than %1 characters</source>
      <translation>%1자를 넘는 질문이 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>a stage without a name</source>
      <translation>이름 없는 단계가 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>every reason needs a name</source>
      <translation>모든 사유에 이름이 필요합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>every stage needs a name</source>
      <translation>모든 단계에 이름이 필요합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>keep at least one open stage</source>
      <translation>진행 단계를 하나 이상 남겨 두세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>keep at least one reason that is not retired</source>
      <translation>사용 중인 사유를 하나 이상 남겨 두세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>only a reason taken off the list can be merged into another</source>
      <translation>목록에서 뺀 사유만 다른 사유에 병합할 수 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>say where the %1 deals of "%2" go</source>
      <translation>"%2" 단계의 거래 %1건을 옮길 단계를 선택하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>say where the deal of "%1" goes</source>
      <translation>"%1" 단계의 거래를 옮길 단계를 선택하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/cadence.py" />
      <source>the cadence of tier %1 is 1 to 365 days</source>
      <translation>%1등급의 연락 주기는 1~365일입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>the deals of "%1" cannot go to "%2", which is removed too</source>
      <translation>"%1"의 거래를 함께 삭제되는 "%2"(으)로 옮길 수 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>the list of reasons is out of date; open the settings again</source>
      <translation>사유 목록이 최신이 아닙니다. 설정을 다시 여세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>the name "%1…" is longer than %2 characters</source>
      <translation>이름 "%1…"이(가) %2자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>the probability of %1 is not between 0 and 100 %</source>
      <translation>%1의 확률이 0~100 % 범위를 벗어났습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>the reason "%1…" is longer than %2 characters</source>
      <translation>사유 "%1…"이(가) %2자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>the rot days of %1 must be at least 1</source>
      <translation>%1의 정체 기준(일)은 1 이상이어야 합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>the stage list is out of date; open the settings again</source>
      <translation>단계 목록이 최신이 아닙니다. 설정을 다시 여세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/lost_reasons.py" />
      <source>two reasons are called "%1"</source>
      <translation>이름이 "%1"인 사유가 두 개입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/stage_settings.py" />
      <source>two stages are called "%1"</source>
      <translation>이름이 "%1"인 단계가 두 개입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/questions.py" />
      <source>“%1” is asked twice</source>
      <translation>“%1” 질문이 중복되었습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/preferences.py" />
      <source>“%1” is not an ISO 4217 currency code</source>
      <translation>“%1”은(는) ISO 4217 통화 코드가 아닙니다</translation>
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
      <translation>%1을(를) 읽거나 쓸 수 없습니다(%2). 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is a SQLite database, but not a SalesDesk database</source>
      <translation>%1은(는) SQLite 데이터베이스이지만 SalesDesk 데이터베이스가 아닙니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is a folder, not a SalesDesk database</source>
      <translation>%1은(는) 폴더이며 SalesDesk 데이터베이스가 아닙니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is an empty file, not a SalesDesk database; to make a new database there, delete it first (or start with --create)</source>
      <translation>%1은(는) 빈 파일이며 SalesDesk 데이터베이스가 아닙니다. 그 위치에 새 데이터베이스를 만들려면 먼저 파일을 삭제하세요(또는 --create로 시작하세요)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/integrity.py" />
      <source>%1 is damaged (%2) and was left untouched; no good backup of it was found next to it</source>
      <translation>%1이(가) 손상되어(%2) 그대로 두었습니다. 같은 위치에서 정상 백업을 찾지 못했습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/integrity.py" />
      <source>%1 is damaged (%2) and was left untouched; the newest good backup is %3 (salesdesk restore "%3" --db "%1")</source>
      <translation>%1이(가) 손상되어(%2) 그대로 두었습니다. 가장 최근의 정상 백업은 %3입니다 (salesdesk restore "%3" --db "%1")</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/errors.py" />
      <source>%1 is damaged (%2); restore a backup (salesdesk restore).</source>
      <translation>%1이(가) 손상되었습니다(%2). 백업을 복원하세요(salesdesk restore).</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is damaged or not a SQLite database (%2)</source>
      <translation>%1이(가) 손상되었거나 SQLite 데이터베이스가 아닙니다(%2)</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is not a SQLite database</source>
      <translation>%1은(는) SQLite 데이터베이스가 아닙니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 is open read-only: changes cannot be saved. Nothing was changed.</source>
      <translation>%1이(가) 읽기 전용으로 열려 있어 변경 사항을 저장할 수 없습니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/errors.py" />
      <source>%1 is read-only: SalesDesk cannot save changes to it. Nothing was changed.</source>
      <translation>%1은(는) 읽기 전용이라 SalesDesk가 변경 사항을 저장할 수 없습니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>%1 was saved by a newer SalesDesk (schema %2); install the newer version to open it</source>
      <translation>%1은(는) 더 새로운 버전의 SalesDesk(스키마 %2)로 저장되었습니다. 열려면 새 버전을 설치하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/errors.py" />
      <source>The database is busy (another SalesDesk or an import is writing); try again in a moment. Nothing was changed.</source>
      <translation>데이터베이스가 사용 중입니다(다른 SalesDesk 또는 가져오기 작업이 쓰는 중). 잠시 후 다시 시도하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/errors.py" />
      <source>The disk holding %1 is full: nothing was saved. Free some space and try again.</source>
      <translation>%1이(가) 있는 디스크가 가득 차서 아무것도 저장하지 못했습니다. 공간을 확보한 후 다시 시도하세요.</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>cannot create a database at %1: %2</source>
      <translation>%1에 데이터베이스를 만들 수 없습니다: %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>cannot create a database at %1: the file or its folder is read-only; copy it to a folder you can write to</source>
      <translation>%1에 데이터베이스를 만들 수 없습니다: 파일 또는 폴더가 읽기 전용입니다. 쓰기 가능한 폴더로 복사하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>cannot update the database at %1: the file or its folder is read-only; copy it to a folder you can write to</source>
      <translation>%1의 데이터베이스를 업데이트할 수 없습니다: 파일 또는 폴더가 읽기 전용입니다. 쓰기 가능한 폴더로 복사하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>could not create a database at %1: %2</source>
      <translation>%1에 데이터베이스를 만들지 못했습니다: %2</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>could not update %1 to this version of SalesDesk (%2); the file was left as it was</source>
      <translation>%1을(를) 이 버전의 SalesDesk에 맞게 업데이트하지 못했습니다(%2). 파일은 그대로 두었습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>could not update %1 to this version of SalesDesk (%2); the file was left as it was; a backup is at %3</source>
      <translation>%1을(를) 이 버전의 SalesDesk에 맞게 업데이트하지 못했습니다(%2). 파일은 그대로 두었으며, 백업은 %3에 있습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/store.py" />
      <source>the folder %1 does not exist</source>
      <translation>%1 폴더가 없습니다</translation>
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
      <translation>%1 취소</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>%1 done</source>
      <translation>%1 완료</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/deals/timeline_view.py" />
      <source>%1 planned</source>
      <translation>%1 예정</translation>
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
      <translation>%1: 노쇼</translation>
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
      <source> km/h</source>
      <translation> km/h</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/travel_dialog.py" />
      <source> min</source>
      <translation>분</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/travel_dialog.py" />
      <source>&amp;Between two cities:</source>
      <translation>도시 간(&amp;B):</translation>
    </message>
    <message>
      <location filename="../../salesdesk/ui/visits/travel_dialog.py" />
      <source>&amp;Within one city:</source>
      <translation>같은 도시 내(&amp;W):</translation>
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
      <translation>취소…</translation>
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
      <translation>완료…</translation>
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
      <translation>노쇼…</translation>
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
      <translation>완료, 취소, 노쇼 중에서 선택하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>choose the customer</source>
      <translation>고객을 선택하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>say what the next step is</source>
      <translation>다음 조치를 입력하세요</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <location filename="../../salesdesk/core/queries/visit_brief.py" />
      <source>that activity no longer exists</source>
      <translation>해당 활동이 더 이상 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>that checklist item no longer exists</source>
      <translation>해당 체크리스트 항목이 더 이상 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>that checklist template no longer exists</source>
      <translation>해당 체크리스트 템플릿이 더 이상 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>the checklist template no longer exists</source>
      <translation>체크리스트 템플릿이 더 이상 없습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>the deal belongs to another customer</source>
      <translation>이 거래는 다른 고객의 거래입니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>the duration is %1 minutes to 12 hours</source>
      <translation>소요 시간은 %1분에서 12시간 사이여야 합니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>the text is longer than 2000 characters</source>
      <translation>텍스트가 2000자를 넘습니다</translation>
    </message>
    <message>
      <location filename="../../salesdesk/core/operations/visits.py" />
      <source>write the item down first</source>
      <translation>먼저 항목 내용을 입력하세요</translation>
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
