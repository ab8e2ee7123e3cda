<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KFP Desktop</source>
        <translation>KFP Desktop 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;KFP Desktop&lt;/b&gt;</source>
        <translation>&lt;b&gt;KFP Desktop&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A desktop client for Kubeflow Pipelines.</source>
        <translation>Kubeflow Pipelines용 데스크톱 클라이언트입니다.</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, Version 2.0.</source>
        <translation>Apache License, Version 2.0에 따라 라이선스가 부여됩니다.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Untrusted Server Certificate</source>
        <translation>신뢰할 수 없는 서버 인증서</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>서버:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>발급 대상:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>발급자:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>유효 기간:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 지문:</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>이전에 신뢰한 지문:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>문제:</translation>
    </message>
</context>
<context>
    <name>ExperimentDetails</name>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>생성 시각:</translation>
    </message>
    <message>
        <source>Last run created:</source>
        <translation>마지막 실행 생성 시각:</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>네임스페이스:</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>보관 상태:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Connect to Kubeflow Pipelines</source>
        <translation>Kubeflow Pipelines에 연결</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>프로필(&amp;P):</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>프로필 이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;How do you reach KFP?</source>
        <translation>KFP 접속 방법(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>https://kubeflow.example.com/pipeline</source>
        <translation>https://kubeflow.example.com/pipeline</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>로그인 방법(&amp;S):</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>사용자(&amp;E):</translation>
    </message>
    <message>
        <source>user@example.com</source>
        <translation>user@example.com</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>비밀번호 기억(&amp;R)</translation>
    </message>
    <message>
        <source>Conne&amp;ctor:</source>
        <translation>커넥터(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>토큰(&amp;T):</translation>
    </message>
    <message>
        <source>Coo&amp;kie:</source>
        <translation>쿠키(&amp;K):</translation>
    </message>
    <message>
        <source>oauth2_proxy_kubeflow=…</source>
        <translation>oauth2_proxy_kubeflow=…</translation>
    </message>
    <message>
        <source>Copy the Cookie request header of a signed-in browser tab (developer tools, Network) and paste it as name=value; name2=value2.</source>
        <translation>로그인된 브라우저 탭에서 Cookie 요청 헤더를 복사해(개발자 도구의 네트워크 탭) name=value; name2=value2 형식으로 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>No login: for a standalone KFP or a port-forward straight to the API.</source>
        <translation>로그인 안 함: 독립 실행형 KFP나 API로 바로 연결되는 포트 포워딩에 사용합니다.</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>연결 세부 정보</translation>
    </message>
    <message>
        <source>N&amp;amespace:</source>
        <translation>네임스페이스(&amp;A):</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API 버전(&amp;V):</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA 파일(&amp;F):</translation>
    </message>
    <message>
        <source>System certificate authorities only</source>
        <translation>시스템 인증 기관만 사용</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Share this login with the kfp P&amp;ython SDK</source>
        <translation>이 로그인을 kfp Python SDK와 공유(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KFP Desktop</source>
        <translation>KFP Desktop</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About KFP Desktop</source>
        <translation>KFP Desktop 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>실험</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Recurring runs</source>
        <translation>반복 실행</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>보관함</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>작업(&amp;A)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Pipelines</source>
        <translation>파이프라인(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Experiments</source>
        <translation>실험(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>실행(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Re&amp;curring Runs</source>
        <translation>반복 실행(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>보관함(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>NotificationListPopup</name>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Finished runs</source>
        <translation>완료된 실행</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>모두 읽음으로 표시</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>Choose which finished runs notify</source>
        <translation>알림을 받을 완료된 실행 선택</translation>
    </message>
    <message>
        <source>No notifications yet. Runs you start or pin here are announced when they finish.</source>
        <translation>아직 알림이 없습니다. 여기서 시작하거나 고정한 실행은 끝나면 알려 드립니다.</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notification Settings</source>
        <translation>알림 설정</translation>
    </message>
    <message>
        <source>Notify when a run ends as</source>
        <translation>실행이 다음 상태로 끝나면 알림</translation>
    </message>
    <message>
        <source>&amp;Succeeded</source>
        <translation>성공(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Failed</source>
        <translation>실패(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Canceled</source>
        <translation>취소됨(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;kipped</source>
        <translation>건너뜀(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Only runs I started in this app</source>
        <translation>이 앱에서 시작한 실행만(&amp;O)</translation>
    </message>
    <message>
        <source>Kubeflow Pipelines records no run owner, so this means runs created or cloned here.</source>
        <translation>Kubeflow Pipelines는 실행 소유자를 기록하지 않으므로, 여기서 만들거나 복제한 실행을 뜻합니다.</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications (the in-app list is always kept)</source>
        <translation>데스크톱 알림 표시(앱 내 목록은 항상 유지됨)(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Watch every active run of the namespace</source>
        <translation>네임스페이스의 모든 활성 실행 감시(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PipelineDetails</name>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>생성 시각:</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>네임스페이스:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>Default version:</source>
        <translation>기본 버전:</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Pipeline versions</source>
        <translation>파이프라인 버전</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>RecurringRunDetails</name>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation>트리거:</translation>
    </message>
    <message>
        <source>Schedule fields:</source>
        <translation>일정 필드:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>시작:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>종료:</translation>
    </message>
    <message>
        <source>Max concurrent runs:</source>
        <translation>최대 동시 실행 수:</translation>
    </message>
    <message>
        <source>Catch up missed runs:</source>
        <translation>누락 실행 보충:</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>실험:</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>파이프라인:</translation>
    </message>
    <message>
        <source>Pipeline version:</source>
        <translation>파이프라인 버전:</translation>
    </message>
    <message>
        <source>Service account:</source>
        <translation>서비스 계정:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>생성 시각:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>수정 시각:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>오류:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>RunDetails</name>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>오류:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>생성 시각:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>시작 시각:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>종료 시각:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>소요 시간:</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>실험:</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>파이프라인:</translation>
    </message>
    <message>
        <source>Pipeline version:</source>
        <translation>파이프라인 버전:</translation>
    </message>
    <message>
        <source>Recurring run:</source>
        <translation>반복 실행:</translation>
    </message>
    <message>
        <source>Service account:</source>
        <translation>서비스 계정:</translation>
    </message>
    <message>
        <source>Pipeline root:</source>
        <translation>파이프라인 루트:</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>보관 상태:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Run parameters</source>
        <translation>실행 매개변수</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>종료 시각</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>State history</source>
        <translation>상태 기록</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>진행률:</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>태스크 진행률</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>실시간 업데이트</translation>
    </message>
</context>
<context>
    <name>RunTasks</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Failed task(s): %1</source>
        <translation>
            <numerusform>실패한 작업: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunWizardDetailsPage</name>
    <message>
        <source>Run details</source>
        <translation>실행 세부 정보</translation>
    </message>
    <message>
        <source>Name the run and choose the experiment it belongs to.</source>
        <translation>실행 이름을 정하고 실행이 속할 실험을 선택하세요.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Experiment:</source>
        <translation>실험(&amp;E):</translation>
    </message>
    <message>
        <source>Pick an experiment, or type a new name: it is created when you continue.</source>
        <translation>실험을 선택하거나 새 이름을 입력하세요. 새 실험은 계속하면 만들어집니다.</translation>
    </message>
    <message>
        <source>&amp;Service account:</source>
        <translation>서비스 계정(&amp;S):</translation>
    </message>
    <message>
        <source>The default of the namespace</source>
        <translation>네임스페이스 기본값</translation>
    </message>
</context>
<context>
    <name>RunWizardParametersPage</name>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Set the pipeline&apos;s parameters. Parameters marked * have no default and need a value.</source>
        <translation>파이프라인의 매개변수를 설정하세요. *로 표시된 매개변수는 기본값이 없으므로 값을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>기본값으로 재설정(&amp;R)</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>모두 재설정(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Load set…</source>
        <translation>매개변수 세트 불러오기(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Save set…</source>
        <translation>매개변수 세트 저장(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>RunWizardReviewPage</name>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Check the run, then create it. The request below is exactly what is sent to the server.</source>
        <translation>실행을 확인한 다음 만드세요. 아래 요청이 서버로 그대로 전송됩니다.</translation>
    </message>
    <message>
        <source>&amp;Copy request</source>
        <translation>요청 복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RunWizardSchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Run once now, or create a recurring run.</source>
        <translation>지금 한 번 실행하거나 반복 실행을 만드세요.</translation>
    </message>
    <message>
        <source>Run &amp;once</source>
        <translation>한 번 실행(&amp;O)</translation>
    </message>
    <message>
        <source>Recurring, &amp;periodic</source>
        <translation>반복, 주기(&amp;P)</translation>
    </message>
    <message>
        <source>Recurring, &amp;cron</source>
        <translation>반복, cron(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>간격(&amp;E):</translation>
    </message>
    <message>
        <source>C&amp;ron:</source>
        <translation>Cron(&amp;R):</translation>
    </message>
    <message>
        <source>second minute hour day month weekday, e.g. 0 30 9 * * 1-5</source>
        <translation>초 분 시 일 월 요일(예: 0 30 9 * * 1-5)</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>시작(&amp;S):</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>종료(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Maximum concurrent runs:</source>
        <translation>최대 동시 실행 수(&amp;M):</translation>
    </message>
    <message>
        <source>Catch &amp;up on missed runs</source>
        <translation>누락 실행 보충(&amp;U)</translation>
    </message>
    <message>
        <source>E&amp;nabled</source>
        <translation>사용(&amp;N)</translation>
    </message>
</context>
<context>
    <name>RunWizardSourcePage</name>
    <message>
        <source>Pipeline</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Choose the pipeline to run: a version on the server, or a local package file.</source>
        <translation>실행할 파이프라인을 선택하세요. 서버에 있는 버전이나 로컬 패키지 파일을 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>From the &amp;server</source>
        <translation>서버에서(&amp;S)</translation>
    </message>
    <message>
        <source>From a local &amp;file</source>
        <translation>로컬 파일에서(&amp;F)</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>검색(&amp;H):</translation>
    </message>
    <message>
        <source>Part of the pipeline name</source>
        <translation>파이프라인 이름의 일부</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>파이프라인(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>버전(&amp;V):</translation>
    </message>
    <message>
        <source>Package &amp;file:</source>
        <translation>패키지 파일(&amp;F):</translation>
    </message>
    <message>
        <source>A .yaml, .json, .zip or .tar.gz pipeline package</source>
        <translation>.yaml, .json, .zip 또는 .tar.gz 파이프라인 패키지</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>Search by name</source>
        <translation>이름으로 검색</translation>
    </message>
    <message>
        <source>State: any</source>
        <translation>상태: 전체</translation>
    </message>
    <message>
        <source>Show only runs in these states</source>
        <translation>선택한 상태의 실행만 표시</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>생성 기간 시작</translation>
    </message>
    <message>
        <source>Unchecked: any date</source>
        <translation>선택하지 않으면 날짜 제한 없음</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>생성 기간 끝</translation>
    </message>
    <message>
        <source>Active or archived</source>
        <translation>활성 또는 보관됨</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>항목을 선택하면 세부 정보가 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <source>Upload Pipeline</source>
        <translation>파이프라인 업로드</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>태스크:</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Upload as</source>
        <translation>업로드 방식</translation>
    </message>
    <message>
        <source>&amp;New pipeline</source>
        <translation>새 파이프라인(&amp;N)</translation>
    </message>
    <message>
        <source>Pipeline &amp;name:</source>
        <translation>파이프라인 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation>네임스페이스(&amp;P):</translation>
    </message>
    <message>
        <source>New &amp;version of:</source>
        <translation>다음 파이프라인의 새 버전(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Find pipeline:</source>
        <translation>파이프라인 찾기(&amp;F):</translation>
    </message>
    <message>
        <source>V&amp;ersion name:</source>
        <translation>버전 이름(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>업로드(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>업로드 취소(&amp;C)</translation>
    </message>
</context>
<context>
    <name>VersionDetails</name>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>파이프라인:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>생성 시각:</translation>
    </message>
    <message>
        <source>Package URL:</source>
        <translation>패키지 URL:</translation>
    </message>
    <message>
        <source>Code source:</source>
        <translation>소스 코드:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>사양</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>다른 이름으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Pipeline spec</source>
        <translation>파이프라인 사양</translation>
    </message>
</context>
<context>
    <name>kfp::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (Qt %2 기반 빌드)</translation>
    </message>
    <message>
        <source>Kubeflow Pipelines documentation</source>
        <translation>Kubeflow Pipelines 문서</translation>
    </message>
</context>
<context>
    <name>kfp::ApiError</name>
    <message>
        <source>The server refused the connection. Check the address and that the server is running.</source>
        <translation>서버가 연결을 거부했습니다. 주소가 맞는지, 서버가 실행 중인지 확인하세요.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check the host name.</source>
        <translation>서버 주소를 찾을 수 없습니다. 호스트 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly.</source>
        <translation>서버가 예기치 않게 연결을 끊었습니다.</translation>
    </message>
    <message>
        <source>A secure connection could not be made: the server&apos;s certificate is not trusted.</source>
        <translation>보안 연결을 만들 수 없습니다. 서버 인증서를 신뢰할 수 없습니다.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>서버에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>서버가 제때 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has expired.</source>
        <translation>로그인하지 않았거나 세션이 만료되었습니다.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>이 작업을 할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>The server could not find the requested item.</source>
        <translation>요청한 항목을 서버에서 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The server could not find the requested item: %1</source>
        <translation>요청한 항목을 서버에서 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>An item with this name already exists.</source>
        <translation>같은 이름의 항목이 이미 있습니다.</translation>
    </message>
    <message>
        <source>The item already exists: %1</source>
        <translation>항목이 이미 있습니다: %1</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>서버가 요청이 올바르지 않다며 거부했습니다.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>서버가 요청을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>The server had an internal error. Try again later.</source>
        <translation>서버에 내부 오류가 발생했습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of data; you may need to sign in again.</source>
        <translation>서버가 데이터 대신 웹 페이지로 응답했습니다. 다시 로그인해야 할 수 있습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>서버의 응답을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP status %1).</source>
        <translation>서버가 요청을 거부했습니다(HTTP 상태 %1).</translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent.</source>
        <translation>요청을 보낸 뒤 연결이 끊어졌습니다.</translation>
    </message>
</context>
<context>
    <name>kfp::ApiJob</name>
    <message>
        <source>redirected without saying where (no Location header)</source>
        <translation>어디로인지 알리지 않고 리디렉션됨(Location 헤더 없음)</translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation>%1(으)로 리디렉션됨</translation>
    </message>
</context>
<context>
    <name>kfp::BulkAction</name>
    <message numerus="yes">
        <source>%1: all %n item(s) done.</source>
        <translation>
            <numerusform>%1: 항목 %n개를 모두 완료했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n개 완료</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation>
            <numerusform>서버가 %n개 거부</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n개 변경 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started (canceled)</source>
        <translation>
            <numerusform>%n개 시작 전 취소</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2 (HTTP %3)</source>
        <translation>%1: %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>Refused by the server:</source>
        <translation>서버가 거부함:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>실패:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>변경 없음:</translation>
    </message>
    <message>
        <source>Not started (canceled):</source>
        <translation>시작 안 함(취소됨):</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>완료:</translation>
    </message>
</context>
<context>
    <name>kfp::CertificateDialog</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>이 인증서 신뢰(&amp;T)</translation>
    </message>
    <message>
        <source>Server Certificate Changed</source>
        <translation>서버 인증서가 변경됨</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you trusted before. This can mean that someone is intercepting the connection. Ask your cluster administrator whether the certificate was replaced; to accept the new one, remove the pinned certificate from the profile.</source>
        <translation>%1의 인증서가 이전에 신뢰한 인증서와 다릅니다. 누군가 연결을 가로채고 있을 수 있습니다. 인증서가 교체되었는지 클러스터 관리자에게 확인하세요. 새 인증서를 받아들이려면 프로필에서 고정된 인증서를 삭제하세요.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Untrusted Server Certificate</source>
        <translation>신뢰할 수 없는 서버 인증서</translation>
    </message>
    <message>
        <source>No certificate authority known to this computer vouches for %1. Compare the fingerprint below with the one your cluster administrator gives you before trusting it. It will be trusted for this profile only.</source>
        <translation>이 컴퓨터가 아는 인증 기관 중 %1을(를) 보증하는 곳이 없습니다. 신뢰하기 전에 아래 지문을 클러스터 관리자가 알려 준 지문과 비교하세요. 이 인증서는 이 프로필에서만 신뢰됩니다.</translation>
    </message>
</context>
<context>
    <name>kfp::CliRunner</name>
    <message>
        <source>%1 %2: missing %3</source>
        <translation>%1 %2: %3이(가) 필요합니다</translation>
    </message>
    <message>
        <source>%1 %2: unexpected argument &quot;%3&quot;</source>
        <translation>%1 %2: 예상하지 못한 인수 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: missing subcommand</source>
        <translation>%1: 하위 명령이 필요합니다</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &quot;%2&quot;</source>
        <translation>%1: 알 수 없는 하위 명령 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>healthz: unexpected argument &quot;%1&quot;</source>
        <translation>healthz: 예상하지 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>pipeline ID</source>
        <translation>파이프라인 ID</translation>
    </message>
    <message>
        <source>pipeline ID and version ID</source>
        <translation>파이프라인 ID와 버전 ID</translation>
    </message>
    <message>
        <source>experiment ID</source>
        <translation>실험 ID</translation>
    </message>
    <message>
        <source>experiment name</source>
        <translation>실험 이름</translation>
    </message>
    <message>
        <source>run ID</source>
        <translation>실행 ID</translation>
    </message>
    <message>
        <source>recurring run ID</source>
        <translation>반복 실행 ID</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>알 수 없는 명령 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>multi-user</source>
        <translation>다중 사용자</translation>
    </message>
    <message>
        <source>single-user</source>
        <translation>단일 사용자</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>커밋</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>Default version</source>
        <translation>기본 버전</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>보관 상태</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>EXPERIMENT</source>
        <translation>실험</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>실험</translation>
    </message>
    <message>
        <source>Pipeline version</source>
        <translation>파이프라인 버전</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>종료 시각</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>종료 시각</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>트리거</translation>
    </message>
    <message>
        <source>cron %1</source>
        <translation>cron %1</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>%1초마다</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>트리거</translation>
    </message>
    <message>
        <source>Usage: %1 [options] &lt;command&gt; [args]</source>
        <translation>사용법: %1 [옵션] &lt;명령&gt; [인수]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show help</source>
        <translation>도움말 보기</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>버전 보기</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>서버 URL</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API 버전</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>JSON output</source>
        <translation>JSON으로 출력</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>페이지 크기</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Maximum items</source>
        <translation>최대 항목 수</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>이름에 포함된 텍스트</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>제한 시간</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>밀리초</translation>
    </message>
    <message>
        <source>The command to run</source>
        <translation>실행할 명령</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>명령이 없습니다</translation>
    </message>
    <message>
        <source>no server given: use --host URL or set KFP_HOST</source>
        <translation>서버가 지정되지 않았습니다. --host URL을 쓰거나 KFP_HOST를 설정하세요</translation>
    </message>
    <message>
        <source>not a valid server URL: %1</source>
        <translation>올바른 서버 URL이 아닙니다: %1</translation>
    </message>
    <message>
        <source>--api must be auto, v1beta1 or v2beta1</source>
        <translation>--api는 auto, v1beta1, v2beta1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>--%1 needs a positive number, not &quot;%2&quot;</source>
        <translation>--%1에는 &quot;%2&quot; 대신 양의 정수가 필요합니다</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: 오류: %2</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: 예상하지 못한 인수 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>login: no keychain or profile store in this build</source>
        <translation>login: 이 빌드에는 키체인이나 프로필 저장소가 없습니다</translation>
    </message>
    <message>
        <source>logout: no keychain or profile store in this build</source>
        <translation>logout: 이 빌드에는 키체인이나 프로필 저장소가 없습니다</translation>
    </message>
    <message>
        <source>sdk-context: expected &quot;write&quot; or &quot;remove&quot;</source>
        <translation>sdk-context: &quot;write&quot; 또는 &quot;remove&quot;가 필요합니다</translation>
    </message>
    <message>
        <source>sdk-context: no keychain or profile store in this build</source>
        <translation>sdk-context: 이 빌드에는 키체인이나 프로필 저장소가 없습니다</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1의 비밀번호: </translation>
    </message>
    <message>
        <source>kfpctl: error: %1</source>
        <translation>kfpctl: 오류: %1</translation>
    </message>
    <message>
        <source>login: --user NAME is required</source>
        <translation>login: --user NAME이 필요합니다</translation>
    </message>
    <message>
        <source>login: no terminal to ask for the password: use --password-stdin</source>
        <translation>login: 비밀번호를 물어볼 터미널이 없습니다. --password-stdin을 사용하세요</translation>
    </message>
    <message>
        <source>kfpctl: warning: the password goes over plain http to %1; anyone on the way can read it.</source>
        <translation>kfpctl: 경고: 비밀번호가 암호화되지 않은 http로 %1에 전송됩니다. 전송 경로에 있는 누구나 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>several login methods are offered (%1): choose one with --connector ID</source>
        <translation>여러 로그인 방법이 있습니다(%1). --connector ID로 하나를 선택하세요</translation>
    </message>
    <message>
        <source>kfpctl: warning: no keychain answered; the session is not kept.</source>
        <translation>kfpctl: 경고: 응답하는 키체인이 없어 세션을 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>%1(으)로 로그인했습니다.</translation>
    </message>
    <message>
        <source>This server needs no login.</source>
        <translation>이 서버는 로그인이 필요하지 않습니다.</translation>
    </message>
    <message>
        <source>The session expires at %1.</source>
        <translation>세션은 %1에 만료됩니다.</translation>
    </message>
    <message>
        <source>the stored session could not be removed: %1</source>
        <translation>저장된 세션을 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>로그아웃했습니다.</translation>
    </message>
    <message>
        <source>no stored session for profile %1: log in first</source>
        <translation>%1 프로필에 저장된 세션이 없습니다. 먼저 로그인하세요</translation>
    </message>
    <message>
        <source>kfpctl: warning: the session cookie is now in the plain file %1; anyone who can read it can act as you until the session expires.</source>
        <translation>kfpctl: 경고: 세션 쿠키가 이제 암호화되지 않은 파일 %1에 있습니다. 이 파일을 읽을 수 있는 사람은 세션이 만료될 때까지 사용자 본인으로 행세할 수 있습니다.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Dex connector</source>
        <translation>Dex 커넥터</translation>
    </message>
    <message>
        <source>Read the password from standard input</source>
        <translation>표준 입력에서 비밀번호 읽기</translation>
    </message>
    <message>
        <source>Keep the password in the keychain</source>
        <translation>키체인에 비밀번호 보관</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 프로필이 없습니다</translation>
    </message>
    <message>
        <source>Pipeline name</source>
        <translation>파이프라인 이름</translation>
    </message>
    <message>
        <source>Local pipeline package</source>
        <translation>로컬 파이프라인 패키지</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Parameter value</source>
        <translation>매개변수 값</translation>
    </message>
    <message>
        <source>K=V</source>
        <translation>K=V</translation>
    </message>
    <message>
        <source>Parameter set</source>
        <translation>매개변수 세트</translation>
    </message>
    <message>
        <source>Wait until the run ends</source>
        <translation>실행이 끝날 때까지 대기</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>폴링 간격</translation>
    </message>
    <message>
        <source>run create: unexpected argument &quot;%1&quot;</source>
        <translation>run create: 예상하지 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>run create: --pipeline NAME or --package FILE is required</source>
        <translation>run create: --pipeline NAME 또는 --package FILE이 필요합니다</translation>
    </message>
    <message>
        <source>run create: --version and --package exclude each other</source>
        <translation>run create: --version과 --package는 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>run create: --experiment NAME is required</source>
        <translation>run create: --experiment NAME이 필요합니다</translation>
    </message>
    <message>
        <source>run watch: missing run ID</source>
        <translation>run watch: 실행 ID가 필요합니다</translation>
    </message>
    <message>
        <source>run watch: unexpected argument &quot;%1&quot;</source>
        <translation>run watch: 예상하지 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>run: missing subcommand</source>
        <translation>run: 하위 명령이 필요합니다</translation>
    </message>
    <message>
        <source>run: unknown subcommand &quot;%1&quot;</source>
        <translation>run: 알 수 없는 하위 명령 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>pipeline &quot;%1&quot; has no version</source>
        <translation>&quot;%1&quot; 파이프라인에 버전이 없습니다</translation>
    </message>
    <message>
        <source>pipeline &quot;%1&quot; has no version &quot;%2&quot;</source>
        <translation>&quot;%1&quot; 파이프라인에 &quot;%2&quot; 버전이 없습니다</translation>
    </message>
    <message>
        <source>the pipeline has no parameter &quot;%1&quot;</source>
        <translation>파이프라인에 &quot;%1&quot; 매개변수가 없습니다</translation>
    </message>
    <message>
        <source>%1 is not a JSON or YAML mapping of parameter values</source>
        <translation>%1은(는) 매개변수 값의 JSON 또는 YAML 매핑이 아닙니다</translation>
    </message>
    <message>
        <source>--param needs NAME=VALUE, not &quot;%1&quot;</source>
        <translation>--param에는 &quot;%1&quot; 대신 NAME=VALUE가 필요합니다</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: %2</source>
        <translation>매개변수 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>run create: %1</source>
        <translation>run create: %1</translation>
    </message>
    <message>
        <source>Run of %1 (%2)</source>
        <translation>%1 실행 (%2)</translation>
    </message>
    <message>
        <source>Created run %1 (%2)</source>
        <translation>실행을 만들었습니다: %1 (%2)</translation>
    </message>
    <message>
        <source>Run %1 ended: %2</source>
        <translation>실행 %1 종료: %2</translation>
    </message>
    <message>
        <source>%1

A command-line client for Kubeflow Pipelines.

Commands:
  healthz                          Show the server&apos;s version and mode
  pipelines list                   List pipelines
  pipelines get ID                 Show one pipeline
  versions list PIPELINE_ID        List the versions of a pipeline
  versions get PIPELINE_ID ID      Show one pipeline version
  experiments list                 List experiments
  experiments get ID               Show one experiment
  experiments create NAME          Create an experiment [--description D]
  runs list                        List runs [--experiment ID]
  runs get ID                      Show one run
  run create --experiment NAME (--pipeline NAME [--version V] | --package FILE)
             [--param K=V ...] [--params-file F] [--watch [--poll MS]]
                                   Create a run (typed parameters)
  run watch ID                     Wait for a run: exit 0 succeeded, 3 failed,
                                   4 canceled
  recurring-runs list              List recurring runs [--experiment ID]
  recurring-runs get ID            Show one recurring run
  upload FILE                      Upload a compiled pipeline [--name N]
                                   [--version-of PIPELINE] [--description D]
  package inspect FILE             Show what a pipeline file holds (no server)
  login --user NAME                Log in through Dex and keep the session
                                   (password from a prompt or --password-stdin)
  logout                           Sign out and forget the stored session
  whoami                           Show user, namespace, session expiry, API
  sdk-context write|remove         Share the login with the kfp Python SDK
                                   (~/.config/kfp/context.json: a plain file)

Options:
  --host URL            Server URL (default: $KFP_HOST)
  --api VERSION         auto, v1beta1 or v2beta1 (default: auto)
  -n, --namespace NS    Namespace (multi-user mode)
  --json                Print JSON instead of a table
  --page-size N         Items per request (the server caps it at 200)
  --limit N             Stop after N items (default: all pages)
  --search TEXT         Only items whose name contains TEXT
  --experiment ID       Only runs of this experiment
  --description TEXT    Description for create and upload
  --name NAME           Upload: the pipeline name (with --version-of: the
                        version name)
  --version-of PIPELINE Upload as a new version of this pipeline (name or ID)
  --timeout MS          Timeout of each request in milliseconds
  --profile NAME        Use a saved connection profile
  --user NAME           User for login (Dex: the email address)
  --connector ID        Dex login method for login (local, ldap, ...)
  --password-stdin      Read the password from standard input
  --remember-password   Keep the password in the keychain for re-login
  -V, --version         Show the version
  -h, --help            Show this help
</source>
        <translation>%1

Kubeflow Pipelines용 명령줄 클라이언트입니다.

명령:
  healthz                          서버 버전과 모드 보기
  pipelines list                   파이프라인 목록 보기
  pipelines get ID                 파이프라인 하나 보기
  versions list PIPELINE_ID        파이프라인의 버전 목록 보기
  versions get PIPELINE_ID ID      파이프라인 버전 하나 보기
  experiments list                 실험 목록 보기
  experiments get ID               실험 하나 보기
  experiments create NAME          실험 만들기 [--description D]
  runs list                        실행 목록 보기 [--experiment ID]
  runs get ID                      실행 하나 보기
  run create --experiment NAME (--pipeline NAME [--version V] | --package FILE)
             [--param K=V ...] [--params-file F] [--watch [--poll MS]]
                                   실행 만들기(형식이 지정된 매개변수)
  run watch ID                     실행이 끝날 때까지 대기: 종료 코드 0 성공,
                                   3 실패, 4 취소됨
  recurring-runs list              반복 실행 목록 보기 [--experiment ID]
  recurring-runs get ID            반복 실행 하나 보기
  upload FILE                      컴파일된 파이프라인 업로드 [--name N]
                                   [--version-of PIPELINE] [--description D]
  package inspect FILE             파이프라인 파일의 내용 보기(서버 불필요)
  login --user NAME                Dex로 로그인하고 세션 보관
                                   (비밀번호는 프롬프트 또는 --password-stdin)
  logout                           로그아웃하고 저장된 세션 삭제
  whoami                           사용자, 네임스페이스, 세션 만료, API 보기
  sdk-context write|remove         kfp Python SDK와 로그인 공유
                                   (~/.config/kfp/context.json: 일반 파일)

옵션:
  --host URL            서버 URL(기본값: $KFP_HOST)
  --api VERSION         auto, v1beta1 또는 v2beta1(기본값: auto)
  -n, --namespace NS    네임스페이스(다중 사용자 모드)
  --json                표 대신 JSON으로 출력
  --page-size N         요청당 항목 수(서버 상한은 200)
  --limit N             항목 N개까지만 가져오기(기본값: 모든 페이지)
  --search TEXT         이름에 TEXT가 포함된 항목만
  --experiment ID       이 실험의 실행만
  --description TEXT    create와 upload에 쓸 설명
  --name NAME           upload: 파이프라인 이름(--version-of와 함께 쓰면
                        버전 이름)
  --version-of PIPELINE 이 파이프라인(이름 또는 ID)의 새 버전으로 업로드
  --timeout MS          각 요청의 제한 시간(밀리초)
  --profile NAME        저장된 연결 프로필 사용
  --user NAME           로그인할 사용자(Dex: 이메일 주소)
  --connector ID        로그인에 쓸 Dex 로그인 방법(local, ldap, ...)
  --password-stdin      표준 입력에서 비밀번호 읽기
  --remember-password   다시 로그인할 수 있도록 키체인에 비밀번호 보관
  -V, --version         버전 보기
  -h, --help            이 도움말 보기
</translation>
    </message>
    <message>
        <source>PIPELINE</source>
        <translation>파이프라인</translation>
    </message>
    <message>
        <source>package: expected &quot;inspect FILE&quot;</source>
        <translation>package: &quot;inspect FILE&quot;이 필요합니다</translation>
    </message>
    <message>
        <source>upload: missing FILE</source>
        <translation>upload: FILE이 필요합니다</translation>
    </message>
    <message>
        <source>upload: unexpected argument &quot;%1&quot;</source>
        <translation>upload: 예상하지 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>컴포넌트</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>PARAMETER</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>OPTIONAL</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; uploaded: %2</source>
        <translation>&quot;%1&quot; 파이프라인을 업로드했습니다: %2</translation>
    </message>
    <message>
        <source>no pipeline named or with the id &quot;%1&quot;</source>
        <translation>이름이나 ID가 &quot;%1&quot;인 파이프라인이 없습니다</translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; of pipeline %2 uploaded: %3</source>
        <translation>%2 파이프라인의 &quot;%1&quot; 버전을 업로드했습니다: %3</translation>
    </message>
    <message>
        <source>kfpctl: the server may have created the run anyway: check with &quot;kfpctl runs list&quot; before creating it again.</source>
        <translation>kfpctl: 서버가 실행을 이미 만들었을 수 있습니다. 다시 만들기 전에 &quot;kfpctl runs list&quot;로 확인하십시오.</translation>
    </message>
    <message>
        <source>%1: sign in with `%1 login`, then try again.</source>
        <translation>%1: `%1 login`으로 로그인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Failed tasks</source>
        <translation>실패한 작업</translation>
    </message>
</context>
<context>
    <name>kfp::Connection</name>
    <message>
        <source>No token is stored for this profile: paste one to connect.</source>
        <translation>이 프로필에 저장된 토큰이 없습니다. 연결하려면 토큰을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Log in to %1.</source>
        <translation>%1에 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>kfp::ConnectionController</name>
    <message>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1: 연결되지 않음</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>네임스페이스 %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>Share Login</source>
        <translation>로그인 공유</translation>
    </message>
    <message>
        <source>Only a login with a session cookie (Dex or a pasted cookie) can be shared with the kfp Python SDK.</source>
        <translation>세션 쿠키를 사용하는 로그인(Dex 또는 붙여 넣은 쿠키)만 kfp Python SDK와 공유할 수 있습니다.</translation>
    </message>
    <message>
        <source>Share Login with the kfp Python SDK</source>
        <translation>kfp Python SDK와 로그인 공유</translation>
    </message>
    <message>
        <source>Write this login&apos;s session cookie into %1?</source>
        <translation>이 로그인의 세션 쿠키를 %1에 기록할까요?</translation>
    </message>
    <message>
        <source>kfp.Client() in your notebooks and scripts will then use it. The cookie sits in that file as plain text, where any program running as you can read it, until you log out here.</source>
        <translation>그러면 노트북과 스크립트의 kfp.Client()가 이 쿠키를 사용합니다. 여기서 로그아웃할 때까지 쿠키는 이 파일에 일반 텍스트로 남아 있으며, 사용자 권한으로 실행되는 모든 프로그램이 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>공유</translation>
    </message>
    <message>
        <source>Could not write the kfp SDK&apos;s context file.</source>
        <translation>kfp SDK의 컨텍스트 파일을 기록할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>kfp::ConnectionMenu</name>
    <message>
        <source>&amp;Connect to a Cluster…</source>
        <translation>클러스터에 연결(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Log in to a Kubeflow Pipelines server or edit a profile</source>
        <translation>Kubeflow Pipelines 서버에 로그인하거나 프로필 편집</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out at the gateway and remove the stored session</source>
        <translation>게이트웨이에서 로그아웃하고 저장된 세션 삭제</translation>
    </message>
    <message>
        <source>&amp;Share This Login with the kfp Python SDK…</source>
        <translation>이 로그인을 kfp Python SDK와 공유(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>프로필(&amp;P)</translation>
    </message>
</context>
<context>
    <name>kfp::CronText</name>
    <message numerus="yes">
        <source>a KFP cron expression has 6 fields (second minute hour day month weekday), this one has %n</source>
        <translation>
            <numerusform>KFP cron 식에는 필드가 6개(초 분 시 일 월 요일) 있어야 하지만 이 식에는 %n개가 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>second</source>
        <translation>초</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>분</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>시</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>일</translation>
    </message>
    <message>
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>요일</translation>
    </message>
    <message>
        <source>invalid %1 field &quot;%2&quot; (allowed: %3-%4)</source>
        <translation>%1 필드 값 &quot;%2&quot;이(가) 올바르지 않습니다(허용 범위: %3-%4)</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>매일 %1</translation>
    </message>
    <message>
        <source>Every second</source>
        <translation>매초</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n분마다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>%n초마다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s), at minute %1</source>
        <translation>
            <numerusform>%n시간마다, %1분에</numerusform>
        </translation>
    </message>
    <message>
        <source>Every hour at minute %1</source>
        <translation>매시 %1분</translation>
    </message>
    <message>
        <source>second %1</source>
        <translation>초 %1</translation>
    </message>
    <message>
        <source>minute %1</source>
        <translation>분 %1</translation>
    </message>
    <message>
        <source>hour %1</source>
        <translation>시 %1</translation>
    </message>
    <message>
        <source>day of month %1</source>
        <translation>일 %1</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>월 %1</translation>
    </message>
    <message>
        <source>day of week %1</source>
        <translation>요일 %1</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>%1에 실행</translation>
    </message>
</context>
<context>
    <name>kfp::DetailsPane</name>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kfp::DexLogin</name>
    <message>
        <source>Contacting the server…</source>
        <translation>서버에 연결하는 중…</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>로그인을 시작하는 중…</translation>
    </message>
    <message>
        <source>Choosing the login method…</source>
        <translation>로그인 방법을 선택하는 중…</translation>
    </message>
    <message>
        <source>Opening the login page…</source>
        <translation>로그인 페이지를 여는 중…</translation>
    </message>
    <message>
        <source>Checking the user name and password…</source>
        <translation>사용자 이름과 비밀번호를 확인하는 중…</translation>
    </message>
    <message>
        <source>Granting access…</source>
        <translation>액세스 권한을 부여하는 중…</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>로그인을 마무리하는 중…</translation>
    </message>
    <message>
        <source>Verifying the session…</source>
        <translation>세션을 확인하는 중…</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>서버가 제때 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>서버에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The login went round in circles between the gateway and Dex; giving up.</source>
        <translation>게이트웨이와 Dex 사이에서 로그인이 계속 반복되어 중단했습니다.</translation>
    </message>
    <message>
        <source>The server answered the login with unexpected data.</source>
        <translation>서버가 로그인 요청에 예상하지 못한 데이터로 응답했습니다.</translation>
    </message>
    <message>
        <source>The gateway did not accept the new session cookie.</source>
        <translation>게이트웨이가 새 세션 쿠키를 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <source>This account needs a second factor (MFA), which KFP Desktop cannot enter. Log in with a token or a browser cookie instead.</source>
        <translation>이 계정에는 2단계 인증(MFA)이 필요하지만 KFP Desktop에서는 입력할 수 없습니다. 대신 토큰이나 브라우저 쿠키로 로그인하세요.</translation>
    </message>
    <message>
        <source>The login method &quot;%1&quot; signs in on another site (%2), which KFP Desktop cannot do. Choose a password login, or use a token or a browser cookie.</source>
        <translation>로그인 방법 &quot;%1&quot;은(는) 다른 사이트(%2)에서 로그인하는 방식이라 KFP Desktop에서는 사용할 수 없습니다. 비밀번호 로그인을 선택하거나 토큰 또는 브라우저 쿠키를 사용하세요.</translation>
    </message>
    <message>
        <source>The server sends the login to %1, which KFP Desktop cannot fill in. Use a token or a browser cookie instead.</source>
        <translation>서버가 로그인을 %1(으)로 넘기는데, KFP Desktop은 이 로그인을 대신 입력할 수 없습니다. 대신 토큰이나 브라우저 쿠키를 사용하세요.</translation>
    </message>
    <message>
        <source>Invalid user name or password.</source>
        <translation>사용자 이름 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Dex does not offer the login method &quot;%1&quot;.</source>
        <translation>Dex에서 &quot;%1&quot; 로그인 방법을 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>Dex refused the login: %1</source>
        <translation>Dex가 로그인을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>The gateway sets its cookies for https only, but the URL is http://. Use the https:// address of the server.</source>
        <translation>게이트웨이가 쿠키를 https 전용으로 설정하는데 URL이 http://입니다. 서버의 https:// 주소를 사용하세요.</translation>
    </message>
    <message>
        <source>The gateway refused the login: %1</source>
        <translation>게이트웨이가 로그인을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>The gateway requires a token (&quot;RBAC: access denied&quot;) and offers no login page.</source>
        <translation>게이트웨이가 토큰을 요구하며(&quot;RBAC: access denied&quot;) 로그인 페이지를 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>The request reached KFP without a user identity: the URL probably bypasses the Kubeflow gateway (wrong port-forward?).</source>
        <translation>요청이 사용자 ID 없이 KFP에 도달했습니다. URL이 Kubeflow 게이트웨이를 거치지 않는 것 같습니다(포트 포워딩 대상이 잘못되었나요?).</translation>
    </message>
    <message>
        <source>No Kubeflow Pipelines API answers at %1.</source>
        <translation>%1에서 응답하는 Kubeflow Pipelines API가 없습니다.</translation>
    </message>
    <message>
        <source>The server answered the login with HTTP %1, which KFP Desktop does not understand.</source>
        <translation>서버가 로그인 요청에 HTTP %1(으)로 응답했는데, KFP Desktop이 처리할 수 없는 응답입니다.</translation>
    </message>
    <message>
        <source>The login form would send your password to %1, which is not this server; it was not sent.</source>
        <translation>로그인 양식이 비밀번호를 이 서버가 아닌 %1(으)로 보내려고 해서 전송하지 않았습니다.</translation>
    </message>
    <message>
        <source>The gateway sets its session cookie for https only, but the URL is http://. Use the https:// address of the server.</source>
        <translation>게이트웨이가 세션 쿠키를 https 전용으로 설정하는데 URL이 http://입니다. 서버의 https:// 주소를 사용하세요.</translation>
    </message>
    <message>
        <source>The gateway finished the login without a session cookie.</source>
        <translation>게이트웨이가 세션 쿠키 없이 로그인을 마쳤습니다.</translation>
    </message>
    <message>
        <source>The login was canceled.</source>
        <translation>로그인이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>kfp::DexMessages</name>
    <message>
        <source>The email address or the password is not correct.</source>
        <translation>이메일 주소 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation>사용자 이름 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The %1 or the password is not correct.</source>
        <translation>%1 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The code is not correct. Please try again.</source>
        <translation>코드가 올바르지 않습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>단계: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 상태: %1</translation>
    </message>
</context>
<context>
    <name>kfp::DisplayText</name>
    <message>
        <source>Archived</source>
        <translation>보관됨</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No trigger</source>
        <translation>트리거 없음</translation>
    </message>
    <message>
        <source>Cron %1</source>
        <translation>Cron %1</translation>
    </message>
    <message>
        <source>%1 (cron %2)</source>
        <translation>%1 (cron %2)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n분마다</numerusform>
        </translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>시</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>요일</translation>
    </message>
    <message>
        <source>any</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Extra field</source>
        <translation>추가 필드</translation>
    </message>
    <message>
        <source>Every hour at minute %1</source>
        <translation>매시 %1분</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>매일 %1</translation>
    </message>
    <message>
        <source>At %1 on days of week %2 (0 = Sunday)</source>
        <translation>요일 %2의 %1(0 = 일요일)</translation>
    </message>
</context>
<context>
    <name>kfp::DurationText</name>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>No interval</source>
        <translation>간격 없음</translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>%n주마다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>%n일마다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>%n시간마다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n분마다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>%n초마다</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>%1마다</translation>
    </message>
</context>
<context>
    <name>kfp::EmptyResultNote</name>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
</context>
<context>
    <name>kfp::ExperimentTreeModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Recurring runs</source>
        <translation>반복 실행</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>사용 안 함</translation>
    </message>
</context>
<context>
    <name>kfp::JwtInfo</name>
    <message>
        <source>This is not a JSON Web Token (expected three parts separated by dots).</source>
        <translation>JSON Web Token이 아닙니다(점으로 구분된 세 부분이 있어야 합니다).</translation>
    </message>
    <message>
        <source>The token&apos;s payload cannot be read.</source>
        <translation>토큰의 페이로드를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This token expired at %1.</source>
        <translation>이 토큰은 %1에 만료되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>This token expires in %n minute(s).</source>
        <translation>
            <numerusform>이 토큰은 %n분 후에 만료됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kfp::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>시스템 기본값(&amp;S)</translation>
    </message>
    <message>
        <source>Use this language from the next start</source>
        <translation>다음 시작부터 이 언어 사용</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The new language applies the next time KFP Desktop starts.</source>
        <translation>새 언어는 다음에 KFP Desktop을 시작할 때 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>kfp::LoginDialog</name>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>연결 테스트(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>로그인(&amp;L)</translation>
    </message>
    <message>
        <source>I will enter the URL</source>
        <translation>URL 직접 입력</translation>
    </message>
    <message>
        <source>Kubeflow dashboard (https://HOST/pipeline)</source>
        <translation>Kubeflow 대시보드(https://HOST/pipeline)</translation>
    </message>
    <message>
        <source>Port-forward of ml-pipeline-ui (localhost:8080)</source>
        <translation>ml-pipeline-ui 포트 포워딩(localhost:8080)</translation>
    </message>
    <message>
        <source>kubectl proxy (127.0.0.1:8001)</source>
        <translation>kubectl proxy(127.0.0.1:8001)</translation>
    </message>
    <message>
        <source>Inside the cluster (ml-pipeline service)</source>
        <translation>클러스터 내부(ml-pipeline 서비스)</translation>
    </message>
    <message>
        <source>Dex login (user and password)</source>
        <translation>Dex 로그인(사용자 이름과 비밀번호)</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Browser cookie</source>
        <translation>브라우저 쿠키</translation>
    </message>
    <message>
        <source>No login</source>
        <translation>로그인 안 함</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>v2beta1 (KFP 2.x)</source>
        <translation>v2beta1(KFP 2.x)</translation>
    </message>
    <message>
        <source>v1beta1 (KFP 1.8)</source>
        <translation>v1beta1(KFP 1.8)</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>새 프로필…</translation>
    </message>
    <message>
        <source>Local users (local)</source>
        <translation>로컬 사용자(local)</translation>
    </message>
    <message>
        <source>LDAP (ldap)</source>
        <translation>LDAP(ldap)</translation>
    </message>
    <message>
        <source>Ask when Dex offers a choice</source>
        <translation>Dex가 선택지를 제시하면 묻기</translation>
    </message>
    <message>
        <source>your password and session cookie</source>
        <translation>비밀번호와 세션 쿠키</translation>
    </message>
    <message>
        <source>your credentials</source>
        <translation>자격 증명</translation>
    </message>
    <message>
        <source>Warning: this is plain http:// to %1, another machine: %2 would travel unencrypted and can be read on the way. Use https:// if the server offers it.</source>
        <translation>경고: 다른 컴퓨터인 %1에 암호화되지 않은 http://로 연결합니다. %2이(가) 암호화되지 않은 채 전송되어 중간에서 노출될 수 있습니다. 서버가 https://를 지원하면 https://를 사용하세요.</translation>
    </message>
    <message>
        <source>Paste a Dex ID token or the output of &quot;kubectl -n NAMESPACE create token default-editor&quot;.</source>
        <translation>Dex ID 토큰이나 &quot;kubectl -n NAMESPACE create token default-editor&quot;의 출력을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Not a JWT (%1); it will be sent as it is.</source>
        <translation>JWT가 아닙니다(%1). 그대로 전송됩니다.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Issuer: %1
User: %2
Expires: %3</source>
        <translation>발급자: %1
사용자: %2
만료: %3</translation>
    </message>
    <message>
        <source>This token has expired: the server will refuse it. Get a new one.</source>
        <translation>이 토큰은 만료되어 서버에서 거부됩니다. 새 토큰을 발급받으세요.</translation>
    </message>
    <message>
        <source>No keychain answered: the secret is kept in memory for this session only, and you will be asked again after the app restarts.</source>
        <translation>응답하는 키체인이 없습니다. 비밀 정보는 이번 세션 동안만 메모리에 보관되며, 앱을 다시 시작하면 다시 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Certificate Authority File</source>
        <translation>인증 기관 파일</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM 인증서 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Enter the URL of Kubeflow Pipelines, e.g. https://kubeflow.example.com/pipeline.</source>
        <translation>Kubeflow Pipelines의 URL을 입력하세요(예: https://kubeflow.example.com/pipeline).</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Choose it above, or give this one another name.</source>
        <translation>&quot;%1&quot; 프로필이 이미 있습니다. 위에서 그 프로필을 선택하거나 이 프로필에 다른 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This Kubeflow offers several ways to log in. Choose one under Connector, then press Log In.</source>
        <translation>이 Kubeflow는 여러 로그인 방법을 제공합니다. 커넥터에서 하나를 선택한 다음 로그인을 누르세요.</translation>
    </message>
    <message>
        <source>Connected: KFP API %1, multi-user mode.</source>
        <translation>연결됨: KFP API %1, 다중 사용자 모드.</translation>
    </message>
    <message>
        <source>Connected: KFP API %1.</source>
        <translation>연결됨: KFP API %1.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1(으)로 로그인했습니다.</translation>
    </message>
    <message>
        <source>This Kubeflow is multi-user: choose or enter your namespace, then log in again.</source>
        <translation>이 Kubeflow는 다중 사용자 모드입니다. 네임스페이스를 선택하거나 입력한 다음 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>kfp::LoginFlow</name>
    <message>
        <source>&quot;%1&quot; is not a name=value pair.</source>
        <translation>&quot;%1&quot;은(는) name=value 쌍이 아닙니다.</translation>
    </message>
    <message>
        <source>Paste the cookie as name=value; name2=value2.</source>
        <translation>쿠키를 name=value; name2=value2 형식으로 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>먼저 토큰을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>사용자 이름과 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Asking the KFP API which version it speaks…</source>
        <translation>KFP API 버전을 확인하는 중…</translation>
    </message>
    <message>
        <source>Asking the Kubeflow dashboard for your namespaces…</source>
        <translation>Kubeflow 대시보드에서 네임스페이스 목록을 가져오는 중…</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>kfp::MainWindow</name>
    <message>
        <source>API: detecting…</source>
        <translation>API: 확인 중…</translation>
    </message>
    <message>
        <source>API %1 (multi-user)</source>
        <translation>API %1 (다중 사용자)</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>API: unknown</source>
        <translation>API: 알 수 없음</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>실험</translation>
    </message>
</context>
<context>
    <name>kfp::MessageBoxPrompter</name>
    <message numerus="yes">
        <source>…and %n more (see the details).</source>
        <translation>
            <numerusform>…외 %n개(세부 정보 참조).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kfp::NotificationController</name>
    <message>
        <source>&amp;Notification Settings…</source>
        <translation>알림 설정(&amp;N)…</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>새 알림 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>읽지 않은 알림 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>읽지 않은 알림 없음</translation>
    </message>
    <message numerus="yes">
        <source>KFP Desktop — %n unread</source>
        <translation>
            <numerusform>KFP Desktop — 읽지 않음 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>KFP Desktop</source>
        <translation>KFP Desktop</translation>
    </message>
    <message>
        <source>&amp;Pin Run</source>
        <translation>실행 고정(&amp;P)</translation>
    </message>
    <message>
        <source>Watch this run and notify when it finishes</source>
        <translation>이 실행을 감시하고 끝나면 알림</translation>
    </message>
    <message>
        <source>Un&amp;pin Run</source>
        <translation>실행 고정 해제(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Show KFP Desktop</source>
        <translation>KFP Desktop 표시(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>kfp::NotificationListPopup</name>
    <message numerus="yes">
        <source>Finished runs (%n unread)</source>
        <translation>
            <numerusform>완료된 실행(읽지 않음 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished runs</source>
        <translation>완료된 실행</translation>
    </message>
</context>
<context>
    <name>kfp::PagedTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>The server cannot sort by this column.</source>
        <translation>서버가 이 열로 정렬할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>kfp::ParameterDelegate</name>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>JSON array, e.g. [1, 2]</source>
        <translation>JSON 배열(예: [1, 2])</translation>
    </message>
    <message>
        <source>JSON object, e.g. {&quot;k&quot;: 1}</source>
        <translation>JSON 객체(예: {&quot;k&quot;: 1})</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(값 없음)</translation>
    </message>
</context>
<context>
    <name>kfp::ParameterTableModel</name>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>%1번째 줄, %2번째 열의 JSON이 올바르지 않습니다: %3</translation>
    </message>
    <message>
        <source>not a whole number between %1 and %2</source>
        <translation>%1에서 %2 사이의 정수가 아닙니다</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>숫자가 아닙니다</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>must be a JSON array, such as [1, 2]</source>
        <translation>[1, 2]와 같은 JSON 배열이어야 합니다</translation>
    </message>
    <message>
        <source>must be a JSON object, such as {&quot;key&quot;: 1}</source>
        <translation>{&quot;key&quot;: 1}과 같은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>required: enter a value</source>
        <translation>필수: 값을 입력하세요</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>다음 중 하나여야 합니다: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required: this parameter has no default value.</source>
        <translation>필수: 이 매개변수에는 기본값이 없습니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
</context>
<context>
    <name>kfp::PipelineDetails</name>
    <message>
        <source>Shared</source>
        <translation>공유됨</translation>
    </message>
    <message>
        <source>%1
Server error: %2</source>
        <translation>%1
서버 오류: %2</translation>
    </message>
    <message>
        <source>Versions (newest %1)</source>
        <translation>버전(최신 %1개)</translation>
    </message>
    <message>
        <source>Versions (%1)</source>
        <translation>버전(%1)</translation>
    </message>
</context>
<context>
    <name>kfp::PipelinePackage</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1 is a folder, not a pipeline file</source>
        <translation>%1은(는) 파이프라인 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>%1 is not a zip or tar.gz archive, though its name says so</source>
        <translation>%1은(는) 이름과 달리 zip이나 tar.gz 압축 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text: save it as UTF-8 and try again</source>
        <translation>%1은(는) UTF-16 텍스트입니다. UTF-8로 저장한 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <source>%1 is a binary file, not YAML or JSON text (it holds NUL bytes)</source>
        <translation>%1은(는) YAML이나 JSON 텍스트가 아닌 바이너리 파일입니다(NUL 바이트 포함)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2): it is a binary file or uses another encoding</source>
        <translation>%1은(는) UTF-8 텍스트가 아닙니다(%2번째 줄). 바이너리 파일이거나 다른 인코딩을 사용합니다</translation>
    </message>
    <message>
        <source>%1 is empty (only white space)</source>
        <translation>%1이(가) 비어 있습니다(공백만 있음)</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (line %3, column %4)</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다: %2(%3번째 줄, %4번째 열)</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2 (line %3, column %4)</source>
        <translation>%1은(는) 올바른 YAML이 아닙니다: %2(%3번째 줄, %4번째 열)</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1은(는) 올바른 YAML이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid zip archive: %2</source>
        <translation>%1은(는) 올바른 zip 압축 파일이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid tar.gz archive: %2</source>
        <translation>%1은(는) 올바른 tar.gz 압축 파일이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 is an empty archive: it must hold pipeline.yaml</source>
        <translation>%1은(는) 빈 압축 파일입니다. pipeline.yaml이 들어 있어야 합니다</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>the single value &quot;%1&quot;</source>
        <translation>단일 값 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an Argo %1 (only a Workflow can be uploaded)</source>
        <translation>Argo %1(Workflow만 업로드할 수 있음)</translation>
    </message>
    <message>
        <source>a Kubernetes %1 (apiVersion %2)</source>
        <translation>Kubernetes %1(apiVersion %2)</translation>
    </message>
    <message>
        <source>a partial KFP v2 pipeline spec without %1</source>
        <translation>%1이(가) 없는 불완전한 KFP v2 파이프라인 사양</translation>
    </message>
    <message>
        <source>a KFP component definition (compile a pipeline that uses it)</source>
        <translation>KFP 컴포넌트 정의(이 컴포넌트를 쓰는 파이프라인을 컴파일하세요)</translation>
    </message>
    <message>
        <source>an empty mapping</source>
        <translation>빈 매핑</translation>
    </message>
    <message>
        <source>a mapping with the keys %1%2</source>
        <translation>키가 %1%2인 매핑</translation>
    </message>
    <message>
        <source>%1 has an unexpected YAML document (number %2, %3): a file holds one pipeline spec and at most one platform spec</source>
        <translation>%1에 예상하지 못한 YAML 문서가 있습니다(%2번째, %3). 파일에는 파이프라인 사양 하나와 플랫폼 사양 최대 하나만 들어갈 수 있습니다</translation>
    </message>
    <message>
        <source>%1 holds no YAML document, only comments or separators</source>
        <translation>%1에는 YAML 문서 없이 주석이나 구분선만 있습니다</translation>
    </message>
    <message>
        <source>a platform spec without a pipeline spec</source>
        <translation>파이프라인 사양이 없는 플랫폼 사양</translation>
    </message>
    <message>
        <source>%1 is not a Kubeflow pipeline: found %2. A compiled pipeline is either a KFP v2 pipeline spec (pipelineInfo, root, schemaVersion) or an Argo Workflow (KFP v1)</source>
        <translation>%1은(는) Kubeflow 파이프라인이 아닙니다: %2이(가) 있습니다. 컴파일된 파이프라인은 KFP v2 파이프라인 사양(pipelineInfo, root, schemaVersion)이거나 Argo Workflow(KFP v1)여야 합니다</translation>
    </message>
    <message>
        <source>%1 is an Argo Workflow (KFP v1) with a platform spec, which only KFP v2 pipelines have</source>
        <translation>%1은(는) 플랫폼 사양이 붙은 Argo Workflow(KFP v1)입니다. 플랫폼 사양은 KFP v2 파이프라인에만 있습니다</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>%1 is too large to upload: %2, more than the server&apos;s limit of %3</source>
        <translation>%1은(는) 업로드하기에 너무 큽니다: %2로, 서버 한도 %3을(를) 넘습니다</translation>
    </message>
    <message>
        <source>%1 has a file type the server does not take: it recognises .yaml, .yml and .json only in lower case, so rename the file</source>
        <translation>%1은(는) 서버가 받지 않는 파일 형식입니다. 서버는 .yaml, .yml, .json을 소문자로만 인식하므로 파일 이름을 바꾸세요</translation>
    </message>
    <message>
        <source>%1 has a file type the server does not take: upload a .yaml, .yml or .json file, or a .zip or .tar.gz archive holding pipeline.yaml or a single YAML file</source>
        <translation>%1은(는) 서버가 받지 않는 파일 형식입니다. .yaml, .yml, .json 파일이나 pipeline.yaml 또는 YAML 파일 하나가 든 .zip 또는 .tar.gz 압축 파일을 업로드하세요</translation>
    </message>
    <message>
        <source>%1 in %2 is larger than %3 once decompressed</source>
        <translation>%2 안의 %1은(는) 압축을 풀면 %3보다 큽니다</translation>
    </message>
    <message>
        <source>%1 has %2, but the server reads pipeline.yaml only at the top level of the archive, else the archive&apos;s first entry, and %3 is not a .yaml or .yml file</source>
        <translation>%1에는 %2이(가) 있지만, 서버는 압축 파일 최상위의 pipeline.yaml만 읽고 없으면 압축 파일의 첫 항목을 읽는데, %3은(는) .yaml 또는 .yml 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1 holds no pipeline.yaml, and the server then takes the archive&apos;s first entry, which must be a .yaml or .yml file: got %2 (the archive has %3)</source>
        <translation>%1에는 pipeline.yaml이 없습니다. 이때 서버는 압축 파일의 첫 항목을 읽는데, 그 항목은 .yaml 또는 .yml 파일이어야 합니다. 첫 항목: %2(압축 파일 내용: %3)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 안의 %1</translation>
    </message>
</context>
<context>
    <name>kfp::PipelineTreeModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
</context>
<context>
    <name>kfp::RecurringRunDetails</name>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>When enabled</source>
        <translation>사용 설정 시</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>No: skip the runs missed while paused</source>
        <translation>아니요: 일시 중지된 동안 놓친 실행을 건너뜀</translation>
    </message>
    <message>
        <source>Yes: start the runs missed while paused</source>
        <translation>예: 일시 중지된 동안 놓친 실행을 시작함</translation>
    </message>
    <message>
        <source>Always the latest version</source>
        <translation>항상 최신 버전</translation>
    </message>
</context>
<context>
    <name>kfp::RecurringRunModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>트리거</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>실험</translation>
    </message>
    <message>
        <source>Pipeline version</source>
        <translation>파이프라인 버전</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Cron: %1</source>
        <translation>Cron: %1</translation>
    </message>
    <message>
        <source>No trigger</source>
        <translation>트리거 없음</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>사용 안 함</translation>
    </message>
</context>
<context>
    <name>kfp::ResourceActions</name>
    <message>
        <source>&amp;Archive</source>
        <translation>보관(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Restore from Archive</source>
        <translation>보관 해제(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Terminate</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>사용(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>사용 안 함(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Open in &amp;Web UI</source>
        <translation>웹 UI에서 열기(&amp;W)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>보관</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>보관 해제</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)?</source>
        <translation>
            <numerusform>항목 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each pipeline is deleted together with all of its versions. Runs that used them are kept. This cannot be undone.</source>
        <translation>각 파이프라인은 모든 버전과 함께 삭제됩니다. 이 버전을 사용한 실행은 그대로 남습니다. 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n run(s)?</source>
        <translation>
            <numerusform>실행 %n개를 중지할까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n item(s)?</source>
        <translation>
            <numerusform>항목 %n개를 보관할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>They move to the Archive section, where they can be restored. Archiving an experiment also archives its runs and recurring runs.</source>
        <translation>항목은 보관함 섹션으로 이동하며, 그곳에서 보관 해제할 수 있습니다. 실험을 보관하면 그 실험의 실행과 반복 실행도 함께 보관됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n recurring run(s)?</source>
        <translation>
            <numerusform>반복 실행 %n개를 사용 안 함으로 설정할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>They start no new runs until enabled again.</source>
        <translation>다시 사용으로 설정할 때까지 새 실행을 시작하지 않습니다.</translation>
    </message>
    <message>
        <source>Only pending, running or paused runs can be terminated.</source>
        <translation>대기 중, 실행 중 또는 일시 중지된 실행만 종료할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only failed runs that are not archived can be retried.</source>
        <translation>보관되지 않은 실패한 실행만 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only archived runs and experiments can be restored.</source>
        <translation>보관된 실행과 실험만 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Select the items to delete.</source>
        <translation>삭제할 항목을 선택하세요.</translation>
    </message>
    <message>
        <source>Wait for the action in progress to finish.</source>
        <translation>진행 중인 작업이 끝날 때까지 기다리세요.</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n run(s)?</source>
        <translation>
            <numerusform>실행 %n개를 다시 시도할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>The tasks that did not succeed run again; the runs show as running until they end.</source>
        <translation>성공하지 못한 태스크가 다시 실행되며, 실행이 끝날 때까지 실행 중으로 표시됩니다.</translation>
    </message>
    <message>
        <source>already archived</source>
        <translation>이미 보관됨</translation>
    </message>
    <message>
        <source>not archived</source>
        <translation>보관되지 않음</translation>
    </message>
    <message>
        <source>already stopping</source>
        <translation>이미 중지하는 중</translation>
    </message>
    <message>
        <source>already finished</source>
        <translation>이미 끝남</translation>
    </message>
    <message>
        <source>only failed runs can be retried</source>
        <translation>실패한 실행만 다시 시도할 수 있음</translation>
    </message>
    <message>
        <source>already enabled</source>
        <translation>이미 사용 중</translation>
    </message>
    <message>
        <source>already disabled</source>
        <translation>이미 사용 안 함</translation>
    </message>
    <message>
        <source>does not apply to this kind of item</source>
        <translation>이 종류의 항목에는 해당하지 않음</translation>
    </message>
    <message>
        <source>Running tasks are stopped; the server then reports the runs as failed.</source>
        <translation>실행 중인 태스크가 중지되고, 서버는 이후 실행을 실패로 보고합니다.</translation>
    </message>
</context>
<context>
    <name>kfp::RunDetails</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>태스크(%1)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>No tasks yet</source>
        <translation>아직 태스크 없음</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s) finished</source>
        <translation>
            <numerusform>태스크 %n개 중 %1개 완료</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kfp::RunListModel</name>
    <message>
        <source>Run name</source>
        <translation>실행 이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>실험</translation>
    </message>
    <message>
        <source>Pipeline version</source>
        <translation>파이프라인 버전</translation>
    </message>
    <message>
        <source>Recurring run</source>
        <translation>반복 실행</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Finish time</source>
        <translation>종료 시각</translation>
    </message>
</context>
<context>
    <name>kfp::RunNotification</name>
    <message>
        <source>Open run</source>
        <translation>실행 열기</translation>
    </message>
    <message>
        <source>Run succeeded: %1</source>
        <translation>실행 성공: %1</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>실행 실패: %1</translation>
    </message>
    <message>
        <source>Run canceled: %1</source>
        <translation>실행 취소됨: %1</translation>
    </message>
    <message>
        <source>Run skipped: %1</source>
        <translation>실행 건너뜀: %1</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>실행 %1: %2</translation>
    </message>
    <message>
        <source>Final state: %1</source>
        <translation>최종 상태: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>소요 시간: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>kfp::RunStatePresentation</name>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation>취소 중</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>kfp::RunWizard</name>
    <message>
        <source>Create run</source>
        <translation>실행 만들기</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Clone run</source>
        <translation>실행 복제</translation>
    </message>
    <message>
        <source>Loading the original run…</source>
        <translation>원본 실행을 불러오는 중…</translation>
    </message>
    <message>
        <source>Could not load the run to clone: %1</source>
        <translation>복제할 실행을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Clone recurring run</source>
        <translation>반복 실행 복제</translation>
    </message>
    <message>
        <source>Loading the original recurring run…</source>
        <translation>원본 반복 실행을 불러오는 중…</translation>
    </message>
    <message>
        <source>Could not load the recurring run to clone: %1</source>
        <translation>복제할 반복 실행을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Clone of %1</source>
        <translation>%1의 복제본</translation>
    </message>
</context>
<context>
    <name>kfp::RunWizardDetailsPage</name>
    <message>
        <source>Run of %1 (%2)</source>
        <translation>%1 실행 (%2)</translation>
    </message>
    <message>
        <source>Loading experiments…</source>
        <translation>실험을 불러오는 중…</translation>
    </message>
    <message>
        <source>Could not list the experiments: %1</source>
        <translation>실험 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Creating experiment “%1”…</source>
        <translation>“%1” 실험을 만드는 중…</translation>
    </message>
    <message>
        <source>Could not create the experiment “%1”: %2</source>
        <translation>“%1” 실험을 만들 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>kfp::RunWizardLauncher</name>
    <message>
        <source>&amp;New run…</source>
        <translation>새 실행(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a run or a recurring run</source>
        <translation>실행 또는 반복 실행 만들기</translation>
    </message>
    <message>
        <source>Create &amp;run…</source>
        <translation>실행 만들기(&amp;R)…</translation>
    </message>
    <message>
        <source>Clo&amp;ne run…</source>
        <translation>실행 복제(&amp;N)…</translation>
    </message>
    <message>
        <source>Clo&amp;ne recurring run…</source>
        <translation>반복 실행 복제(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>kfp::RunWizardParametersPage</name>
    <message>
        <source>This pipeline has no parameters.</source>
        <translation>이 파이프라인에는 매개변수가 없습니다.</translation>
    </message>
    <message>
        <source>Parameter “%1”: %2</source>
        <translation>매개변수 “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object of parameter values.</source>
        <translation>%1은(는) 매개변수 값의 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not a YAML mapping of parameter values.</source>
        <translation>%1은(는) 매개변수 값의 YAML 매핑이 아닙니다.</translation>
    </message>
    <message>
        <source>Ignored values for parameters this pipeline does not have: %1</source>
        <translation>이 파이프라인에 없는 매개변수의 값은 무시했습니다: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Load parameter set</source>
        <translation>매개변수 세트 불러오기</translation>
    </message>
    <message>
        <source>Parameter sets (*.json *.yaml *.yml)</source>
        <translation>매개변수 세트 (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <source>Save parameter set</source>
        <translation>매개변수 세트 저장</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;JSON (*.json)</source>
        <translation>YAML (*.yaml *.yml);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>kfp::RunWizardReviewPage</name>
    <message>
        <source>Pipeline: %1, version %2</source>
        <translation>파이프라인: %1, 버전 %2</translation>
    </message>
    <message>
        <source>Pipeline: %1, sent inline from %2</source>
        <translation>파이프라인: %1, %2에서 인라인으로 전송</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>이름: %1</translation>
    </message>
    <message>
        <source>Experiment: %1</source>
        <translation>실험: %1</translation>
    </message>
    <message>
        <source>the default experiment</source>
        <translation>기본 실험</translation>
    </message>
    <message numerus="yes">
        <source>%n parameter value(s)</source>
        <translation>
            <numerusform>매개변수 값 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs once, now.</source>
        <translation>지금 한 번 실행합니다.</translation>
    </message>
    <message>
        <source>Recurring: cron “%1”</source>
        <translation>반복: cron “%1”</translation>
    </message>
    <message>
        <source>At most %1 at a time; catch-up %2; %3</source>
        <translation>한 번에 최대 %1개, 누락 실행 보충 %2, %3</translation>
    </message>
    <message>
        <source>on</source>
        <translation>켬</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Creating the recurring run…</source>
        <translation>반복 실행을 만드는 중…</translation>
    </message>
    <message>
        <source>Could not create the recurring run: %1</source>
        <translation>반복 실행을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Creating the run…</source>
        <translation>실행을 만드는 중…</translation>
    </message>
    <message>
        <source>Could not create the run: %1</source>
        <translation>실행을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The server may have created it anyway. Create looks for it first and does not make a second recurring run.</source>
        <translation>서버가 이미 만들었을 수 있습니다. 만들기를 다시 누르면 먼저 찾아보고, 반복 실행을 두 번 만들지 않습니다.</translation>
    </message>
    <message>
        <source>The server may have created it anyway. Create looks for it first and does not make a second run.</source>
        <translation>서버가 이미 만들었을 수 있습니다. 만들기를 다시 누르면 먼저 찾아보고, 실행을 두 번 만들지 않습니다.</translation>
    </message>
    <message>
        <source>Recurring: %1</source>
        <translation>반복: %1</translation>
    </message>
</context>
<context>
    <name>kfp::RunWizardSchedulePage</name>
    <message>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>종료 시각은 시작 시각보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>It never fires in the next five years.</source>
        <translation>앞으로 5년 동안 한 번도 실행되지 않습니다.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>다음 실행: %1</translation>
    </message>
</context>
<context>
    <name>kfp::RunWizardSourcePage</name>
    <message>
        <source>(the pipeline of the original run)</source>
        <translation>(원본 실행의 파이프라인)</translation>
    </message>
    <message>
        <source>Loading pipelines…</source>
        <translation>파이프라인을 불러오는 중…</translation>
    </message>
    <message>
        <source>Could not list the pipelines: %1</source>
        <translation>파이프라인 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No pipeline matches.</source>
        <translation>일치하는 파이프라인이 없습니다.</translation>
    </message>
    <message>
        <source>Could not load the pipeline: %1</source>
        <translation>파이프라인을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Loading versions…</source>
        <translation>버전을 불러오는 중…</translation>
    </message>
    <message>
        <source>Could not list the versions: %1</source>
        <translation>버전 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This pipeline has no version to run.</source>
        <translation>이 파이프라인에는 실행할 버전이 없습니다.</translation>
    </message>
    <message>
        <source>Loading the pipeline&apos;s parameters…</source>
        <translation>파이프라인의 매개변수를 불러오는 중…</translation>
    </message>
    <message>
        <source>Could not load the version: %1</source>
        <translation>버전을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The server did not return this version&apos;s pipeline.</source>
        <translation>서버가 이 버전의 파이프라인을 반환하지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose a pipeline package</source>
        <translation>파이프라인 패키지 선택</translation>
    </message>
    <message>
        <source>Pipeline packages (*.yaml *.yml *.json *.zip *.tar.gz *.tgz);;All files (*)</source>
        <translation>파이프라인 패키지 (*.yaml *.yml *.json *.zip *.tar.gz *.tgz);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1을(를) 읽는 중…</translation>
    </message>
    <message>
        <source>Reading the pipeline…</source>
        <translation>파이프라인을 읽는 중…</translation>
    </message>
    <message>
        <source>This is not a pipeline package.</source>
        <translation>파이프라인 패키지가 아닙니다.</translation>
    </message>
    <message>
        <source>This is a KFP v1 (Argo) pipeline; this server runs KFP v2 pipelines only.</source>
        <translation>KFP v1(Argo) 파이프라인입니다. 이 서버는 KFP v2 파이프라인만 실행합니다.</translation>
    </message>
    <message>
        <source>This is a KFP v2 pipeline; this server (v1beta1) runs KFP v1 pipelines only.</source>
        <translation>KFP v2 파이프라인입니다. 이 서버(v1beta1)는 KFP v1 파이프라인만 실행합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n parameter(s).</source>
        <translation>
            <numerusform>%1: 매개변수 %n개.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kfp::SdkContext</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>%1의 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 기록할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>kfp::SectionFilters</name>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>보관됨</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>State: any</source>
        <translation>상태: 전체</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>name contains “%1”</source>
        <translation>이름에 “%1” 포함</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation>%1부터 생성</translation>
    </message>
    <message>
        <source>created until %1</source>
        <translation>%1까지 생성</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>보관됨</translation>
    </message>
</context>
<context>
    <name>kfp::SectionView</name>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%2개 중 %1개 불러옴</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>No pipelines match: %1.</source>
        <translation>일치하는 파이프라인이 없습니다: %1.</translation>
    </message>
    <message>
        <source>No experiments match: %1.</source>
        <translation>일치하는 실험이 없습니다: %1.</translation>
    </message>
    <message>
        <source>No runs match: %1.</source>
        <translation>일치하는 실행이 없습니다: %1.</translation>
    </message>
    <message>
        <source>No recurring runs match: %1.</source>
        <translation>일치하는 반복 실행이 없습니다: %1.</translation>
    </message>
</context>
<context>
    <name>kfp::Session</name>
    <message>
        <source>The last automatic login failed. Please log in again.</source>
        <translation>마지막 자동 로그인에 실패했습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>세션이 만료되었습니다. 다시 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>kfp::StatusPanel</name>
    <message>
        <source>Connection profile</source>
        <translation>연결 프로필</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>로그인한 사용자</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API 버전</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>연결 상태</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>프로필: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>사용자: %1</translation>
    </message>
    <message>
        <source>Namespace: %1</source>
        <translation>네임스페이스: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>다시 시도하는 중…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Login needed</source>
        <translation>로그인 필요</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>연결할 수 없음</translation>
    </message>
    <message>
        <source>Connection state; next attempt at %1</source>
        <translation>연결 상태, 다음 시도: %1</translation>
    </message>
</context>
<context>
    <name>kfp::TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>CA 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM or DER form.</source>
        <translation>%1 파일에 PEM 또는 DER 형식의 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed since you trusted it. This may be an attack; the connection was refused.
Trusted SHA-256: %2
Presented SHA-256: %3</source>
        <translation>신뢰한 이후 %1의 인증서가 변경되었습니다. 공격일 수 있으므로 연결을 거부했습니다.
신뢰한 SHA-256: %2
제시된 SHA-256: %3</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.
Subject: %2
Issuer: %3
Valid from %4 to %5
SHA-256: %6</source>
        <translation>%1의 인증서를 신뢰할 수 없습니다.
주체: %2
발급자: %3
유효 기간: %4 ~ %5
SHA-256: %6</translation>
    </message>
</context>
<context>
    <name>kfp::UploadController</name>
    <message>
        <source>&amp;Upload Pipeline…</source>
        <translation>파이프라인 업로드(&amp;U)…</translation>
    </message>
    <message>
        <source>Upload a compiled pipeline as a new pipeline or a new version</source>
        <translation>컴파일된 파이프라인을 새 파이프라인이나 새 버전으로 업로드</translation>
    </message>
    <message>
        <source>Not a pipeline file: %1. Upload takes .yaml, .yml, .json, .zip or .tar.gz files.</source>
        <translation>파이프라인 파일이 아닙니다: %1. 업로드할 수 있는 파일은 .yaml, .yml, .json, .zip, .tar.gz입니다.</translation>
    </message>
    <message>
        <source>Upload Pipeline</source>
        <translation>파이프라인 업로드</translation>
    </message>
    <message>
        <source>Pipeline files (*.yaml *.yml *.json *.zip *.tar.gz *.tgz)</source>
        <translation>파이프라인 파일 (*.yaml *.yml *.json *.zip *.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>kfp::UploadDialog</name>
    <message>
        <source>Shared (visible to all namespaces)</source>
        <translation>공유됨(모든 네임스페이스에서 볼 수 있음)</translation>
    </message>
    <message>
        <source>Private to %1</source>
        <translation>%1 전용</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1을(를) 읽는 중…</translation>
    </message>
    <message>
        <source>KFP v2 pipeline (schema %1)</source>
        <translation>KFP v2 파이프라인(스키마 %1)</translation>
    </message>
    <message>
        <source>KFP v1 pipeline (Argo Workflow)</source>
        <translation>KFP v1 파이프라인(Argo Workflow)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), </source>
        <translation>
            <numerusform>태스크 %n개, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>컴포넌트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>has default</source>
        <translation>기본값 있음</translation>
    </message>
    <message>
        <source>Warning: this is a KFP v2 pipeline, but the server speaks the v1beta1 API (KFP 1.x), which cannot run it.</source>
        <translation>경고: KFP v2 파이프라인이지만 서버가 v1beta1 API(KFP 1.x)를 사용하므로 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>Warning: this is a KFP v1 pipeline (Argo Workflow), but the server speaks the v2beta1 API (KFP 2.x), which refuses it. Recompile it with the KFP 2 SDK.</source>
        <translation>경고: KFP v1 파이프라인(Argo Workflow)이지만 서버가 v2beta1 API(KFP 2.x)를 사용하므로 거부됩니다. KFP 2 SDK로 다시 컴파일하세요.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>Not uploadable</source>
        <translation>업로드할 수 없음</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>업로드 중…</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>업로드됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Enter a name for the new pipeline.</source>
        <translation>새 파이프라인의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Choose the pipeline this file is a new version of.</source>
        <translation>이 파일을 새 버전으로 추가할 파이프라인을 선택하세요.</translation>
    </message>
    <message>
        <source>Enter a name for the new version.</source>
        <translation>새 버전의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Upload canceled.</source>
        <translation>업로드가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>서버가 %1을(를) 거부했습니다: %2</translation>
    </message>
    <message>
        <source>Could not upload %1: %2
The server may have stored it anyway. Upload looks for it first and does not store it twice.</source>
        <translation>%1을(를) 업로드할 수 없습니다: %2
서버가 이미 저장했을 수 있습니다. 업로드를 다시 누르면 먼저 찾아보고, 두 번 저장하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>kfp::UploadDropOverlay</name>
    <message>
        <source>Only pipeline files can be uploaded: .yaml, .yml, .json, .zip or .tar.gz</source>
        <translation>파이프라인 파일만 업로드할 수 있습니다: .yaml, .yml, .json, .zip, .tar.gz</translation>
    </message>
    <message numerus="yes">
        <source>Drop to upload %n pipeline file(s)</source>
        <translation>
            <numerusform>놓으면 파이프라인 파일 %n개를 업로드합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of other types will be skipped</source>
        <translation>
            <numerusform>다른 형식의 파일 %n개는 건너뜁니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kfp::VersionDetails</name>
    <message>
        <source>KFP v2 pipeline spec</source>
        <translation>KFP v2 파이프라인 사양</translation>
    </message>
    <message>
        <source>Argo workflow (KFP v1)</source>
        <translation>Argo 워크플로(KFP v1)</translation>
    </message>
    <message>
        <source>Reading the spec…</source>
        <translation>사양을 읽는 중…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>The server sent no spec.</source>
        <translation>서버가 사양을 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not save the spec to %1.</source>
        <translation>사양을 %1에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Save Pipeline Spec</source>
        <translation>파이프라인 사양 저장</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML 파일 (*.yaml *.yml);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>kfp::WorkgroupInfoRequest</name>
    <message>
        <source>The namespace list could not be fetched: %1</source>
        <translation>네임스페이스 목록을 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This server offers no namespace list (HTTP %1): enter the namespace.</source>
        <translation>이 서버는 네임스페이스 목록을 제공하지 않습니다(HTTP %1). 네임스페이스를 직접 입력하세요.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for Kubeflow Pipelines</source>
        <translation>Kubeflow Pipelines용 데스크톱 클라이언트</translation>
    </message>
    <message>
        <source>Start the built-in sandbox server and connect to it.</source>
        <translation>내장 샌드박스 서버를 시작하고 연결합니다.</translation>
    </message>
    <message>
        <source>Kubeflow Pipelines URL.</source>
        <translation>Kubeflow Pipelines URL.</translation>
    </message>
    <message>
        <source>API version: auto, v1beta1 or v2beta1.</source>
        <translation>API 버전: auto, v1beta1, v2beta1 중 하나.</translation>
    </message>
    <message>
        <source>Interface language (ko, en).</source>
        <translation>인터페이스 언어(ko, en).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window once loaded, then quit.</source>
        <translation>창이 다 불러와지면 스크린샷을 저장하고 종료합니다.</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds.</source>
        <translation>MS 밀리초 뒤에 종료합니다.</translation>
    </message>
    <message>
        <source>--api must be auto, v1beta1 or v2beta1</source>
        <translation>--api는 auto, v1beta1, v2beta1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>Cannot start the sandbox server.</source>
        <translation>샌드박스 서버를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Sandbox: a local emulation, not a real cluster</source>
        <translation>샌드박스: 실제 클러스터가 아닌 로컬 에뮬레이션</translation>
    </message>
    <message>
        <source>Open this section: pipelines, experiments, runs, recurring-runs, archive.</source>
        <translation>열 섹션: pipelines, experiments, runs, recurring-runs, archive.</translation>
    </message>
    <message>
        <source>--section must be pipelines, experiments, runs, recurring-runs or archive</source>
        <translation>--section은 pipelines, experiments, runs, recurring-runs, archive 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>Connect with this connection profile.</source>
        <translation>이 연결 프로필로 연결합니다.</translation>
    </message>
    <message>
        <source>No profile named %1.</source>
        <translation>%1 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>No cluster configured: showing the built-in sandbox. File → Connect to a Cluster… adds one.</source>
        <translation>클러스터가 구성되지 않아 내장 샌드박스를 표시합니다. 파일 → 클러스터에 연결…에서 클러스터를 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Print one JSON line with the milliseconds from the process&apos;s start to the window shown, the first rows painted and the first page complete.</source>
        <translation>프로세스 시작부터 창 표시, 첫 행 그리기, 첫 페이지 완료까지 걸린 밀리초를 JSON 한 줄로 출력합니다.</translation>
    </message>
</context>
</TS>
