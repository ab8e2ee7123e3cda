<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KFP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;KFP Desktop&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop client for Kubeflow Pipelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the Apache License, Version 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Untrusted Server Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentDetails</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
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
        <source>Last run created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Connect to Kubeflow Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How do you reach KFP?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://kubeflow.example.com/pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conne&amp;ctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coo&amp;kie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth2_proxy_kubeflow=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Cookie request header of a signed-in browser tab (developer tools, Network) and paste it as name=value; name2=value2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login: for a standalone KFP or a port-forward straight to the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;amespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System certificate authorities only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this login with the kfp P&amp;ython SDK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>&amp;Refresh</source>
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
    <message>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;curring Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+5</source>
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
    <name>NotificationListPopup</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which finished runs notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications yet. Runs you start or pin here are announced when they finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notification Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when a run ends as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only runs I started in this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeflow Pipelines records no run owner, so this means runs created or cloned here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications (the in-app list is always kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch every active run of the namespace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineDetails</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
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
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurringRunDetails</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max concurrent runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch up missed runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunDetails</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunTasks</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failed task(s): %1</source>
        <translation>
            <numerusform>Failed task: %1</numerusform>
            <numerusform>Failed tasks: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunWizardDetailsPage</name>
    <message>
        <source>Run details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the run and choose the experiment it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Experiment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an experiment, or type a new name: it is created when you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default of the namespace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunWizardParametersPage</name>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the pipeline&apos;s parameters. Parameters marked * have no default and need a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save set…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunWizardReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the run, then create it. The request below is exactly what is sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunWizardSchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run once now, or create a recurring run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring, &amp;periodic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring, &amp;cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ron:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second minute hour day month weekday, e.g. 0 30 9 * * 1-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum concurrent runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch &amp;up on missed runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunWizardSourcePage</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pipeline to run: a version on the server, or a local package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a local &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the pipeline name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .yaml, .json, .zip or .tar.gz pipeline package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only runs in these states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active or archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <source>Upload Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
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
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;version of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;ersion name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionDetails</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline:</source>
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
        <source>Package URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline spec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeflow Pipelines documentation</source>
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
    <message>
        <source>The connection was lost after the request was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::ApiJob</name>
    <message>
        <source>redirected without saying where (no Location header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::BulkAction</name>
    <message numerus="yes">
        <source>%1: all %n item(s) done.</source>
        <translation>
            <numerusform>%1: all %n item done.</numerusform>
            <numerusform>%1: all %n items done.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started (canceled)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (HTTP %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started (canceled):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::CertificateDialog</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Certificate Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you trusted before. This can mean that someone is intercepting the connection. Ask your cluster administrator whether the certificate was replaced; to accept the new one, remove the pinned certificate from the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted Server Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate authority known to this computer vouches for %1. Compare the fingerprint below with the one your cluster administrator gives you before trusting it. It will be trusted for this profile only.</source>
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
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login: no keychain or profile store in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logout: no keychain or profile store in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sdk-context: expected &quot;write&quot; or &quot;remove&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sdk-context: no keychain or profile store in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kfpctl: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login: --user NAME is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login: no terminal to ask for the password: use --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kfpctl: warning: the password goes over plain http to %1; anyone on the way can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several login methods are offered (%1): choose one with --connector ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kfpctl: warning: no keychain answered; the session is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server needs no login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session expires at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored session could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stored session for profile %1: log in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kfpctl: warning: the session cookie is now in the plain file %1; anyone who can read it can act as you until the session expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dex connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local pipeline package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K=V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the run ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run create: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run create: --pipeline NAME or --package FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run create: --version and --package exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run create: --experiment NAME is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run watch: missing run ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run watch: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: missing subcommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: unknown subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline &quot;%1&quot; has no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline &quot;%1&quot; has no version &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline has no parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON or YAML mapping of parameter values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param needs NAME=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run create: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created run %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 ended: %2</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIPELINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package: expected &quot;inspect FILE&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload: missing FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARAMETER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPTIONAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; uploaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pipeline named or with the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version &quot;%1&quot; of pipeline %2 uploaded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kfpctl: the server may have created the run anyway: check with &quot;kfpctl runs list&quot; before creating it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sign in with `%1 login`, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::Connection</name>
    <message>
        <source>No token is stored for this profile: paste one to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::ConnectionController</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a login with a session cookie (Dex or a pasted cookie) can be shared with the kfp Python SDK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share Login with the kfp Python SDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this login&apos;s session cookie into %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kfp.Client() in your notebooks and scripts will then use it. The cookie sits in that file as plain text, where any program running as you can read it, until you log out here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the kfp SDK&apos;s context file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::ConnectionMenu</name>
    <message>
        <source>&amp;Connect to a Cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to a Kubeflow Pipelines server or edit a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out at the gateway and remove the stored session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share This Login with the kfp Python SDK…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::CronText</name>
    <message numerus="yes">
        <source>a KFP cron expression has 6 fields (second minute hour day month weekday), this one has %n</source>
        <translation>
            <numerusform>a KFP cron expression has 6 fields (second minute hour day month weekday), this one has %n</numerusform>
            <numerusform>a KFP cron expression has 6 fields (second minute hour day month weekday), this one has %n</numerusform>
        </translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1 field &quot;%2&quot; (allowed: %3-%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Every second</numerusform>
            <numerusform>Every %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s), at minute %1</source>
        <translation>
            <numerusform>Every %n hour, at minute %1</numerusform>
            <numerusform>Every %n hours, at minute %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every hour at minute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::DetailsPane</name>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::DexLogin</name>
    <message>
        <source>Contacting the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing the login method…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the login page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the user name and password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login went round in circles between the gateway and Dex; giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the login with unexpected data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not accept the new session cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account needs a second factor (MFA), which KFP Desktop cannot enter. Log in with a token or a browser cookie instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login method &quot;%1&quot; signs in on another site (%2), which KFP Desktop cannot do. Choose a password login, or use a token or a browser cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends the login to %1, which KFP Desktop cannot fill in. Use a token or a browser cookie instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dex does not offer the login method &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dex refused the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway sets its cookies for https only, but the URL is http://. Use the https:// address of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway requires a token (&quot;RBAC: access denied&quot;) and offers no login page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request reached KFP without a user identity: the URL probably bypasses the Kubeflow gateway (wrong port-forward?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Kubeflow Pipelines API answers at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the login with HTTP %1, which KFP Desktop does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login form would send your password to %1, which is not this server; it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway sets its session cookie for https only, but the URL is http://. Use the https:// address of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway finished the login without a session cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::DexMessages</name>
    <message>
        <source>The email address or the password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 or the password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not correct. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::DisplayText</name>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cron %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour at minute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 on days of week %2 (0 = Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::DurationText</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation type="unfinished">
            <numerusform>Every week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation type="unfinished">
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation type="unfinished">
            <numerusform>Every hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation type="unfinished">
            <numerusform>Every second</numerusform>
            <numerusform>Every %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::EmptyResultNote</name>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::ExperimentTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::JwtInfo</name>
    <message>
        <source>This is not a JSON Web Token (expected three parts separated by dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s payload cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token expired at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This token expires in %n minute(s).</source>
        <translation>
            <numerusform>This token expires in %n minute.</numerusform>
            <numerusform>This token expires in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kfp::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time KFP Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::LoginDialog</name>
    <message>
        <source>Test c&amp;onnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will enter the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeflow dashboard (https://HOST/pipeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port-forward of ml-pipeline-ui (localhost:8080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl proxy (127.0.0.1:8001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the cluster (ml-pipeline service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dex login (user and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v2beta1 (KFP 2.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1beta1 (KFP 1.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local users (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAP (ldap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask when Dex offers a choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your password and session cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this is plain http:// to %1, another machine: %2 would travel unencrypted and can be read on the way. Use https:// if the server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a Dex ID token or the output of &quot;kubectl -n NAMESPACE create token default-editor&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JWT (%1); it will be sent as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1
User: %2
Expires: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has expired: the server will refuse it. Get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answered: the secret is kept in memory for this session only, and you will be asked again after the app restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Authority File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL of Kubeflow Pipelines, e.g. https://kubeflow.example.com/pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Choose it above, or give this one another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Kubeflow offers several ways to log in. Choose one under Connector, then press Log In.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: KFP API %1, multi-user mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: KFP API %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Kubeflow is multi-user: choose or enter your namespace, then log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::LoginFlow</name>
    <message>
        <source>&quot;%1&quot; is not a name=value pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the cookie as name=value; name2=value2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the KFP API which version it speaks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the Kubeflow dashboard for your namespaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::MainWindow</name>
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
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::MessageBoxPrompter</name>
    <message numerus="yes">
        <source>…and %n more (see the details).</source>
        <translation>
            <numerusform>…and %n more (see the details).</numerusform>
            <numerusform>…and %n more (see the details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kfp::NotificationController</name>
    <message>
        <source>&amp;Notification Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>KFP Desktop — %n unread</source>
        <translation>
            <numerusform>KFP Desktop — %n unread</numerusform>
            <numerusform>KFP Desktop — %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>KFP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch this run and notify when it finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;pin Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show KFP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::NotificationListPopup</name>
    <message numerus="yes">
        <source>Finished runs (%n unread)</source>
        <translation>
            <numerusform>Finished runs (%n unread)</numerusform>
            <numerusform>Finished runs (%n unread)</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::PagedTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot sort by this column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::ParameterDelegate</name>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON array, e.g. [1, 2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON object, e.g. {&quot;k&quot;: 1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::ParameterTableModel</name>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON array, such as [1, 2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object, such as {&quot;key&quot;: 1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: enter a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: this parameter has no default value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::PipelineDetails</name>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Server error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions (newest %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions (%1)</source>
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
        <source>%1 is an empty archive: it must hold pipeline.yaml</source>
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
    <message>
        <source>%1 has a file type the server does not take: it recognises .yaml, .yml and .json only in lower case, so rename the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a file type the server does not take: upload a .yaml, .yml or .json file, or a .zip or .tar.gz archive holding pipeline.yaml or a single YAML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is larger than %3 once decompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2, but the server reads pipeline.yaml only at the top level of the archive, else the archive&apos;s first entry, and %3 is not a .yaml or .yml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no pipeline.yaml, and the server then takes the archive&apos;s first entry, which must be a .yaml or .yml file: got %2 (the archive has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::PipelineTreeModel</name>
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
    <name>kfp::RecurringRunDetails</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: skip the runs missed while paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: start the runs missed while paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always the latest version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::RecurringRunModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
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
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::ResourceActions</name>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Web UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)?</source>
        <translation>
            <numerusform>Delete %n item?</numerusform>
            <numerusform>Delete %n items?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each pipeline is deleted together with all of its versions. Runs that used them are kept. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n run(s)?</source>
        <translation>
            <numerusform>Terminate %n run?</numerusform>
            <numerusform>Terminate %n runs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %n item(s)?</source>
        <translation>
            <numerusform>Archive %n item?</numerusform>
            <numerusform>Archive %n items?</numerusform>
        </translation>
    </message>
    <message>
        <source>They move to the Archive section, where they can be restored. Archiving an experiment also archives its runs and recurring runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disable %n recurring run(s)?</source>
        <translation>
            <numerusform>Disable %n recurring run?</numerusform>
            <numerusform>Disable %n recurring runs?</numerusform>
        </translation>
    </message>
    <message>
        <source>They start no new runs until enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pending, running or paused runs can be terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only failed runs that are not archived can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only archived runs and experiments can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the items to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the action in progress to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retry %n run(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The tasks that did not succeed run again; the runs show as running until they end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only failed runs can be retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply to this kind of item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running tasks are stopped; the server then reports the runs as failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::RunDetails</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s) finished</source>
        <translation>
            <numerusform>%1 of %n task finished</numerusform>
            <numerusform>%1 of %n tasks finished</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kfp::RunListModel</name>
    <message>
        <source>Run name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
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
        <source>Recurring run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::RunNotification</name>
    <message>
        <source>Open run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run succeeded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run canceled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::RunStatePresentation</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::RunWizard</name>
    <message>
        <source>Create run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the original run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the run to clone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone recurring run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the original recurring run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the recurring run to clone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::RunWizardDetailsPage</name>
    <message>
        <source>Run of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading experiments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the experiments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating experiment “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the experiment “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::RunWizardLauncher</name>
    <message>
        <source>&amp;New run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a run or a recurring run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;ne run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clo&amp;ne recurring run…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::RunWizardParametersPage</name>
    <message>
        <source>This pipeline has no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object of parameter values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a YAML mapping of parameter values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored values for parameters this pipeline does not have: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load parameter set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter sets (*.json *.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save parameter set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::RunWizardReviewPage</name>
    <message>
        <source>Pipeline: %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline: %1, sent inline from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n parameter value(s)</source>
        <translation>
            <numerusform>%n parameter value</numerusform>
            <numerusform>%n parameter values</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs once, now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring: cron “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 at a time; catch-up %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the recurring run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the recurring run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may have created it anyway. Create looks for it first and does not make a second recurring run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may have created it anyway. Create looks for it first and does not make a second run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::RunWizardSchedulePage</name>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It never fires in the next five years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::RunWizardSourcePage</name>
    <message>
        <source>(the pipeline of the original run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading pipelines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the pipelines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipeline matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the pipeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pipeline has no version to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the pipeline&apos;s parameters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not return this version&apos;s pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pipeline package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline packages (*.yaml *.yml *.json *.zip *.tar.gz *.tgz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a pipeline package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a KFP v1 (Argo) pipeline; this server runs KFP v2 pipelines only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a KFP v2 pipeline; this server (v1beta1) runs KFP v1 pipelines only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n parameter(s).</source>
        <translation>
            <numerusform>%1: %n parameter.</numerusform>
            <numerusform>%1: %n parameters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kfp::SdkContext</name>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::SectionFilters</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name contains “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::SectionView</name>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipelines match: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiments match: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recurring runs match: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::Session</name>
    <message>
        <source>The last automatic login failed. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::StatusPanel</name>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace: %1</source>
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
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state; next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::TlsTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM or DER form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has changed since you trusted it. This may be an attack; the connection was refused.
Trusted SHA-256: %2
Presented SHA-256: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.
Subject: %2
Issuer: %3
Valid from %4 to %5
SHA-256: %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::UploadController</name>
    <message>
        <source>&amp;Upload Pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a compiled pipeline as a new pipeline or a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a pipeline file: %1. Upload takes .yaml, .yml, .json, .zip or .tar.gz files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline files (*.yaml *.yml *.json *.zip *.tar.gz *.tgz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::UploadDialog</name>
    <message>
        <source>Shared (visible to all namespaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KFP v2 pipeline (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KFP v1 pipeline (Argo Workflow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), </source>
        <translation>
            <numerusform>%n task, </numerusform>
            <numerusform>%n tasks, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this is a KFP v2 pipeline, but the server speaks the v1beta1 API (KFP 1.x), which cannot run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this is a KFP v1 pipeline (Argo Workflow), but the server speaks the v2beta1 API (KFP 2.x), which refuses it. Recompile it with the KFP 2 SDK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not uploadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the new pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pipeline this file is a new version of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upload %1: %2
The server may have stored it anyway. Upload looks for it first and does not store it twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::UploadDropOverlay</name>
    <message>
        <source>Only pipeline files can be uploaded: .yaml, .yml, .json, .zip or .tar.gz</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drop to upload %n pipeline file(s)</source>
        <translation>
            <numerusform>Drop to upload %n pipeline file</numerusform>
            <numerusform>Drop to upload %n pipeline files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of other types will be skipped</source>
        <translation>
            <numerusform>%n file of other types will be skipped</numerusform>
            <numerusform>%n files of other types will be skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kfp::VersionDetails</name>
    <message>
        <source>KFP v2 pipeline spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argo workflow (KFP v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the spec…</source>
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
        <source>The server sent no spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the spec to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Pipeline Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kfp::WorkgroupInfoRequest</name>
    <message>
        <source>The namespace list could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server offers no namespace list (HTTP %1): enter the namespace.</source>
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
        <source>Open this section: pipelines, experiments, runs, recurring-runs, archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--section must be pipelines, experiments, runs, recurring-runs or archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with this connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster configured: showing the built-in sandbox. File → Connect to a Cluster… adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON line with the milliseconds from the process&apos;s start to the window shown, the first rows painted and the first page complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
