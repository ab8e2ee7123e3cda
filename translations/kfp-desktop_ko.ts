<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Select a pipeline to see its details.</source>
        <translation>세부 정보를 보려면 파이프라인을 선택하세요.</translation>
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
        <source>Created:</source>
        <translation>생성 시각:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
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
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the list from the server</source>
        <translation>서버에서 목록을 다시 불러옵니다</translation>
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
  recurring-runs list              List recurring runs [--experiment ID]
  recurring-runs get ID            Show one recurring run

Options:
  --host URL            Server URL (default: $KFP_HOST)
  --api VERSION         auto, v1beta1 or v2beta1 (default: auto)
  -n, --namespace NS    Namespace (multi-user mode)
  --json                Print JSON instead of a table
  --page-size N         Items per request (the server caps it at 200)
  --limit N             Stop after N items (default: all pages)
  --search TEXT         Only items whose name contains TEXT
  --experiment ID       Only runs of this experiment
  --description TEXT    Description for create
  --timeout MS          Timeout of each request in milliseconds
  -V, --version         Show the version
  -h, --help            Show this help
</source>
        <translation>%1

Kubeflow Pipelines용 명령줄 클라이언트입니다.

명령:
  healthz                          서버의 버전과 모드 보기
  pipelines list                   파이프라인 목록
  pipelines get ID                 파이프라인 하나 보기
  versions list PIPELINE_ID        파이프라인의 버전 목록
  versions get PIPELINE_ID ID      파이프라인 버전 하나 보기
  experiments list                 실험 목록
  experiments get ID               실험 하나 보기
  experiments create NAME          실험 만들기 [--description D]
  runs list                        실행 목록 [--experiment ID]
  runs get ID                      실행 하나 보기
  recurring-runs list              반복 실행 목록 [--experiment ID]
  recurring-runs get ID            반복 실행 하나 보기

옵션:
  --host URL            서버 URL (기본값: $KFP_HOST)
  --api VERSION         auto, v1beta1, v2beta1 중 하나 (기본값: auto)
  -n, --namespace NS    네임스페이스 (다중 사용자 모드)
  --json                표 대신 JSON으로 출력
  --page-size N         요청당 항목 수 (서버 상한은 200)
  --limit N             N개 항목 뒤에 멈춤 (기본값: 모든 페이지)
  --search TEXT         이름에 TEXT가 들어 있는 항목만
  --experiment ID       이 실험의 실행만
  --description TEXT    만들 때 쓸 설명
  --timeout MS          요청마다의 제한 시간(밀리초)
  -V, --version         버전 보기
  -h, --help            이 도움말 보기
</translation>
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
</context>
<context>
    <name>kfp::MainWindow</name>
    <message>
        <source>Loading pipelines…</source>
        <translation>파이프라인을 불러오는 중…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
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
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>연결 실패</translation>
    </message>
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
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>About KFP Desktop</source>
        <translation>KFP Desktop 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KFP Desktop %1&lt;/h3&gt;&lt;p&gt;A desktop client for Kubeflow Pipelines.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KFP Desktop %1&lt;/h3&gt;&lt;p&gt;Kubeflow Pipelines용 데스크톱 클라이언트입니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kfp::PipelineListModel</name>
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
        <source>%1 has a file type the server does not take: upload a .yaml, .yml or .json file, or a .zip or .tar.gz archive holding pipeline.yaml</source>
        <translation>%1은(는) 서버가 받지 않는 파일 형식입니다. .yaml, .yml, .json 파일이나 pipeline.yaml이 든 .zip 또는 .tar.gz 압축 파일을 업로드하세요</translation>
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
        <source>pipeline.yaml in %1 is larger than %2 once decompressed</source>
        <translation>%1 안의 pipeline.yaml은 압축을 풀면 %2보다 큽니다</translation>
    </message>
    <message>
        <source>%1 has %2, but the server reads pipeline.yaml only at the top level of the archive</source>
        <translation>%1에는 %2이(가) 있지만, 서버는 압축 파일 최상위의 pipeline.yaml만 읽습니다</translation>
    </message>
    <message>
        <source>%1 is an empty archive: it must hold pipeline.yaml</source>
        <translation>%1은(는) 빈 압축 파일입니다. pipeline.yaml이 들어 있어야 합니다</translation>
    </message>
    <message>
        <source>%1 holds no pipeline.yaml (it has %2)</source>
        <translation>%1에 pipeline.yaml이 없습니다(들어 있는 파일: %2)</translation>
    </message>
    <message>
        <source>pipeline.yaml in %1 is empty</source>
        <translation>%1 안의 pipeline.yaml이 비어 있습니다</translation>
    </message>
    <message>
        <source>pipeline.yaml in %1</source>
        <translation>%1 안의 pipeline.yaml</translation>
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
        <source>No server given (--host): using the built-in sandbox</source>
        <translation>서버가 지정되지 않아(--host) 내장 샌드박스를 사용합니다</translation>
    </message>
</context>
</TS>
