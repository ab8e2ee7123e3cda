#pragma once

// The run watcher's memory on disk: which runs it follows, their last known state and which
// final states it already announced, so that a restart neither loses a run that ended while the
// app was closed nor repeats a notification. A small JSON file written atomically (QSaveFile).
//
//   {"version":1,"runs":[{"id":"…","namespace":"…","name":"…","state":"RUNNING",
//     "origins":["created","pinned"],"created_at":"…","finished_at":"…","announced":false}]}

#include "WatchedRun.h"

#include <QHash>
#include <QString>

namespace kfp {

class RunWatchStore final
{
public:
    // Finished, unpinned runs kept after their announcement: enough to answer "was this one
    // already announced?" for recent runs without letting the file grow forever.
    static constexpr int MaxFinishedRecords = 500;

    explicit RunWatchStore(QString filePath);

    QString filePath() const { return m_filePath; }
    // The default file: <AppDataLocation>/run-watcher.json.
    static QString defaultFilePath();

    // Reads the file. A missing file is an empty store; an unreadable one is reported in *error
    // (the store is then empty, and the next save() replaces the file).
    bool load(QString *error = nullptr);
    bool save(QString *error = nullptr) const;

    QHash<QString, WatchedRun> &runs() { return m_runs; }
    const QHash<QString, WatchedRun> &runs() const { return m_runs; }

    // Drops the oldest finished, announced, unpinned records beyond MaxFinishedRecords.
    void prune();

private:
    QString m_filePath;
    QHash<QString, WatchedRun> m_runs;
};

} // namespace kfp
