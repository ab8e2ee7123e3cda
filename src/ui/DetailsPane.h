#pragma once

// Base of the detail panes (pipeline, version, experiment, run, recurring run): loads one item
// with one GET for the selected row only, drops the answer of a selection the user has already
// left, and shows failures in the pane's own banner, where the user is looking.

#include "models/NameCache.h"
#include "net/ApiJob.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;

namespace kfp {

class KfpClient;
class MessageBanner;

class DetailsPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)
public:
    ~DetailsPane() override;

    QString currentId() const { return m_currentId; }
    bool isLoading() const { return !m_job.isNull(); }
    // Loads the current item again (F5, auto-refresh); the shown values stay until it answers.
    virtual void reload() = 0;
    // Forgets the item (nothing selected).
    void clear();
    // Names of the resources an item refers to (experiment, pipeline, version, recurring run)
    // come from the window's shared cache; without one the ids are shown.
    void setNameCache(NameCache *names);

Q_SIGNALS:
    void loaded(const QString &id);
    void loadFailed(const QString &id, const kfp::ApiError &error);

protected:
    DetailsPane(KfpClient *client, QWidget *parent);

    // The pane's title: larger and bold, and at least one line tall in any script (a Hangul or
    // CJK name is drawn with a fallback font taller than the Latin one the layout would assume).
    static void styleTitle(QLabel *label);

    // Wires the pane's banner and "Loading…" label (from its .ui) in.
    void setChrome(MessageBanner *banner, QWidget *loadingIndicator);

    // Starts tracking `job` for item `id`: a previous load is aborted; `show` runs only if this
    // is still the item on display when the answer arrives.
    template<class T>
    void track(const QString &id, ResultJob<T> *job, std::function<void(const T &)> show)
    {
        beginLoad(id, job);
        connect(job, &ApiJob::finished, this, [this, id, job, show = std::move(show)] {
            if (!endLoad(id, job))
                return;
            if (job->ok()) {
                show(job->result());
                Q_EMIT loaded(id);
            }
        });
    }

    KfpClient *client() const { return m_client; }
    // "name (id)" of a referenced resource; the id alone until the name is known, "—" for none.
    QString referenceText(NameCache::Kind kind, const QString &id,
                          const QString &pipelineId = {}) const;
    // Names arrived from the cache: panes showing references fill them in again.
    virtual void namesArrived() {}
    void showError(const ApiError &error);
    virtual void clearValues() = 0;

private:
    void beginLoad(const QString &id, ApiJob *job);
    bool endLoad(const QString &id, ApiJob *job); // false: a stale answer, ignore it

    KfpClient *m_client;
    QPointer<NameCache> m_names;
    MessageBanner *m_banner = nullptr;
    QWidget *m_loading = nullptr;
    QString m_currentId;
    QPointer<ApiJob> m_job;
};

} // namespace kfp
