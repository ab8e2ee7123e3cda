#pragma once

#include "sandbox/Store.h"

namespace kfp::sandbox {

class RunSimulator;

// Demo content and bulk data. Multi-user data lives in kubeflow-user-example-com.
class Seeder final
{
public:
    static constexpr const char *DefaultNamespace = "kubeflow-user-example-com";

    static void seedDemo(Store &store, RunSimulator &simulator, bool multiUser);
    static void seedPipelines(Store &store, int count);
    // Finished runs spread over a few experiments; not simulated (fast for 100,000). With
    // `running`, RUNNING runs instead, which stay so until terminated (the run watcher's load).
    static void seedRuns(Store &store, int count, bool multiUser, bool running = false);
};

} // namespace kfp::sandbox
