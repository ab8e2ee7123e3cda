// PipelinePackage::fromBytes on YAML, JSON, zip and tar.gz. The first byte chooses the file
// name, hence the reader (by extension, or by sniffing the bytes when the name has none); the
// rest is the file.

#include "FuzzInput.h"

#include "package/PipelinePackage.h"

#include <cstdlib>

using namespace kfp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::FuzzInput in(data, size);
    static const char *const kNames[] = {"pipeline.yaml", "pipeline.yml",    "pipeline.json",
                                         "pipeline.zip",  "pipeline.tar.gz", "pipeline",
                                         "PIPELINE.YAML", "pipeline.tgz"};
    const QString name = QString::fromLatin1(kNames[in.byte() % std::size(kNames)]);
    const PipelinePackage package = PipelinePackage::fromBytes(in.rest(), name);

    // Either a pipeline or an error with a message, never neither.
    if (!package.isValid() && package.error().kind == PackageError::Kind::None)
        std::abort();
    if (package.error().kind != PackageError::Kind::None && package.error().message.isEmpty())
        std::abort();
    (void)package.summaryJson();
    (void)package.pipelineSpecJson();
    (void)package.workflowManifest();
    for (const PackageParameter &p : package.parameters())
        (void)p.isRequired();
    return 0;
}
