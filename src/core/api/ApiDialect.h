#pragma once

// The two REST dialects of the KFP API server. A dialect is pure and stateless: it builds each
// endpoint's RequestSpec (path, encoded query, JSON body) and turns each response body into the
// structs of ApiTypes.h. Parsers run on worker threads, so nothing here touches a QObject.
//
//                         v2beta1 (KFP 2.x)              v1beta1 (KFP 1.8)
//   custom verbs          runs/{id}:terminate            runs/{id}/terminate, jobs/{id}/enable
//   filter operator       "operation"                    "op", keys renamed (display_name → name)
//   scope                 ?namespace= / ?experiment_id=  resource_reference_key.type/id
//   list keys             pipelines, pipeline_versions,  pipelines, versions, experiments,
//                         experiments, runs, recurringRuns   runs, jobs
//   parameters            typed runtime_config.parameters    pipeline_spec.parameters
//   [{name,value}]

#include "ApiTypes.h"
#include "ListQuery.h"
#include "Page.h"
#include "WireJson.h"
#include "net/RequestSpec.h"

#include <QJsonObject>
#include <memory>

namespace kfp {

namespace wire {
struct ItemKeys;
}

// Which collection a list query or filter addresses (field renames depend on it).
enum class ApiResource
{
    Pipeline,
    PipelineVersion,
    Experiment,
    Run,
    RecurringRun
};

class ApiDialect
{
public:
    virtual ~ApiDialect() = default;

    static std::unique_ptr<ApiDialect> create(ApiVersion version);
    // A shared, immutable instance per version (what parsers on worker threads hold on to).
    static const ApiDialect &of(ApiVersion version);

    virtual ApiVersion version() const = 0;
    virtual QString prefix() const = 0; // "/apis/v2beta1" or "/apis/v1beta1"

    // --- list queries -----------------------------------------------------------------------
    // A v2 field name in this dialect's spelling (v1: display_name → name, run_id → id, ...).
    virtual QString fieldName(const QString &v2Key, ApiResource resource) const = 0;
    // {"predicates":[...]} with the dialect's operator field and value spellings.
    virtual QJsonObject filterJson(const QList<Predicate> &predicates,
                                   ApiResource resource) const = 0;
    // The scope of a list call: namespace / experiment / parent pipeline.
    virtual wire::QueryItems scopeItems(const ListQuery &query, ApiResource resource,
                                        bool multiUser, const QString &parentId) const = 0;
    // "field" or "field desc" in this dialect's spelling; empty when unsorted.
    QString sortBy(const ListQuery &query, ApiResource resource) const;
    // The whole encoded query: scope, page_token, page_size, sort_by, and the filter JSON
    // percent-encoded once here and once more as a query value (the server decodes twice).
    QString listQueryString(const ListQuery &query, ApiResource resource, bool multiUser,
                            const QString &parentId = {}) const;
    // The filter JSON percent-encoded once (what the KFP UI's encodeURIComponent produces).
    static QString encodeFilterOnce(const QJsonObject &filter);
    static QString operationName(Predicate::Op op); // "EQUALS", "IS_SUBSTRING", ...
    // One predicate without its operator field: {"key": ..., "<kind>_value": ...}.
    static QJsonObject predicateValue(const QString &key, Predicate::ValueKind kind,
                                      const QVariant &value);

    // --- requests ---------------------------------------------------------------------------
    RequestSpec healthz() const;

    virtual RequestSpec listPipelines(const ListQuery &query, bool multiUser) const = 0;
    virtual RequestSpec getPipeline(const QString &pipelineId) const = 0;
    virtual RequestSpec deletePipeline(const QString &pipelineId, bool cascade) const = 0;
    virtual RequestSpec uploadPipeline(const PipelineUpload &upload) const = 0;
    virtual RequestSpec uploadPipelineVersion(const PipelineVersionUpload &upload) const = 0;
    virtual RequestSpec listPipelineVersions(const QString &pipelineId,
                                             const ListQuery &query) const = 0;
    virtual RequestSpec getPipelineVersion(const QString &pipelineId,
                                           const QString &versionId) const = 0;
    // v1 only: GET …/pipeline_versions/{id}/templates ({"template": "<yaml>"}). v2: empty spec.
    virtual RequestSpec getPipelineVersionTemplate(const QString &versionId) const = 0;
    virtual RequestSpec deletePipelineVersion(const QString &pipelineId,
                                              const QString &versionId) const = 0;

    virtual RequestSpec createExperiment(const QString &displayName, const QString &description,
                                         const QString &namespaceName, bool multiUser) const = 0;
    virtual RequestSpec getExperiment(const QString &experimentId) const = 0;
    virtual RequestSpec listExperiments(const ListQuery &query, bool multiUser) const = 0;
    virtual RequestSpec archiveExperiment(const QString &experimentId) const = 0;
    virtual RequestSpec unarchiveExperiment(const QString &experimentId) const = 0;
    virtual RequestSpec deleteExperiment(const QString &experimentId) const = 0;

    virtual RequestSpec createRun(const RunRequest &request) const = 0;
    virtual RequestSpec getRun(const QString &runId) const = 0;
    virtual RequestSpec listRuns(const ListQuery &query, bool multiUser) const = 0;
    virtual RequestSpec archiveRun(const QString &runId) const = 0;
    virtual RequestSpec unarchiveRun(const QString &runId) const = 0;
    virtual RequestSpec terminateRun(const QString &runId) const = 0;
    virtual RequestSpec retryRun(const QString &runId) const = 0;
    virtual RequestSpec deleteRun(const QString &runId) const = 0;

    virtual RequestSpec createRecurringRun(const RecurringRunRequest &request) const = 0;
    virtual RequestSpec getRecurringRun(const QString &recurringRunId) const = 0;
    virtual RequestSpec listRecurringRuns(const ListQuery &query, bool multiUser) const = 0;
    virtual RequestSpec enableRecurringRun(const QString &recurringRunId) const = 0;
    virtual RequestSpec disableRecurringRun(const QString &recurringRunId) const = 0;
    virtual RequestSpec deleteRecurringRun(const QString &recurringRunId) const = 0;

    // --- parsing ----------------------------------------------------------------------------
    // Accepts the API server's shape and the UI server's (behind /pipeline).
    HealthInfo parseHealthz(const QJsonObject &json) const;

    // The key names of this dialect for the fields both dialects have (see ItemParse.h).
    virtual const wire::ItemKeys &itemKeys() const = 0;

    virtual Pipeline parsePipeline(const QJsonObject &json) const = 0;
    virtual PipelineVersion parsePipelineVersion(const QJsonObject &json) const = 0;
    virtual Experiment parseExperiment(const QJsonObject &json) const = 0;
    // v1 GetRun/CreateRun answer a RunDetail {run, pipeline_runtime}; a bare Run is accepted too.
    virtual Run parseRun(const QJsonObject &json) const = 0;
    virtual RecurringRun parseRecurringRun(const QJsonObject &json) const = 0;

    // The list answers: the items under the dialect's list key, each read with the parser above.
    Page<Pipeline> parsePipelines(const QJsonObject &json) const;
    Page<PipelineVersion> parsePipelineVersions(const QJsonObject &json) const;
    Page<Experiment> parseExperiments(const QJsonObject &json) const;
    Page<Run> parseRuns(const QJsonObject &json) const;
    Page<RecurringRun> parseRecurringRuns(const QJsonObject &json) const;

protected:
    RequestSpec get(const QString &path, const QString &encodedQuery = {}) const;
    RequestSpec post(const QString &path, const QJsonObject &body = {},
                     bool idempotent = true) const;
    RequestSpec del(const QString &path, const QString &encodedQuery = {}) const;
    // The upload handlers url.QueryUnescape name, display_name and description once more after
    // the normal query decoding, so the dialects pass those values already encoded once (as with
    // the filter); otherwise a `+` would arrive as a space and a `%` would be eaten.
    RequestSpec upload(const QString &path, const QString &filePath,
                       const wire::QueryItems &query) const;

    // Reads {<listKey>: [...], next_page_token, total_size} with `parse` for each item.
    template<class T, class F>
    static Page<T> parsePage(const QJsonObject &json, const QString &listKey, F parse)
    {
        Page<T> page;
        const QJsonArray items = json.value(listKey).toArray();
        page.items.reserve(items.size());
        for (const QJsonValue &item : items)
            page.items.append(parse(item.toObject()));
        page.nextPageToken = json.value(QLatin1String("next_page_token")).toString();
        page.totalSize = int(wire::readInt64(json.value(QLatin1String("total_size"))));
        return page;
    }
};

} // namespace kfp
