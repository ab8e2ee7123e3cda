<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>KFP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pipeline to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About KFP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::ApiError</name>
    <message>
        <source>The server refused the connection. Check the address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection could not be made: the server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in, or your session has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not find the requested item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not find the requested item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item already exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal error. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a web page instead of data; you may need to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP status %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::CliRunner</name>
    <message>
        <source>%1 %2: missing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: unexpected argument &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown subcommand &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthz: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline ID and version ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiment ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurring run ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single-user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPERIMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options] &lt;command&gt; [args]</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server given: use --host URL or set KFP_HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid server URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api must be auto, v1beta1 or v2beta1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a positive number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::MainWindow</name>
    <message>
        <source>Loading pipelines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API: detecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 (multi-user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About KFP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;KFP Desktop %1&lt;/h3&gt;&lt;p&gt;A desktop client for Kubeflow Pipelines.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::PipelineListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::PipelinePackage</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a pipeline file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a zip or tar.gz archive, though its name says so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a file type the server does not take: upload a .yaml, .yml or .json file, or a .zip or .tar.gz archive holding pipeline.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is UTF-16 text: save it as UTF-8 and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a binary file, not YAML or JSON text (it holds NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2): it is a binary file or uses another encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (only white space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (line %3, column %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2 (line %3, column %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid zip archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid tar.gz archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline.yaml in %1 is larger than %2 once decompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2, but the server reads pipeline.yaml only at the top level of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty archive: it must hold pipeline.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no pipeline.yaml (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline.yaml in %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline.yaml in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the single value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Argo %1 (only a Workflow can be uploaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Kubernetes %1 (apiVersion %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partial KFP v2 pipeline spec without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a KFP component definition (compile a pipeline that uses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping with the keys %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unexpected YAML document (number %2, %3): a file holds one pipeline spec and at most one platform spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no YAML document, only comments or separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a platform spec without a pipeline spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kubeflow pipeline: found %2. A compiled pipeline is either a KFP v2 pipeline spec (pipelineInfo, root, schemaVersion) or an Argo Workflow (KFP v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Argo Workflow (KFP v1) with a platform spec, which only KFP v2 pipelines have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to upload: %2, more than the server&apos;s limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for Kubeflow Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in sandbox server and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeflow Pipelines URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version: auto, v1beta1 or v2beta1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (ko, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window once loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after MS milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api must be auto, v1beta1 or v2beta1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the sandbox server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: a local emulation, not a real cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server given (--host): using the built-in sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
