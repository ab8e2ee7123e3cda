// RunStateCache on its own: a fact observed later wins over one observed earlier whatever the
// order they arrive in, each change is announced once by run id, and overlay() shows a row or an
// answer what is known newest.

#include "models/RunStateCache.h"

#include <QSignalSpy>
#include <QtTest>

using kfp::Run;
using kfp::RunState;
using kfp::RunStateCache;
using kfp::RunStateFact;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);

Run runIn(RunState state, const QDateTime &finishedAt = {})
{
    Run r;
    r.id = QStringLiteral("run-1");
    r.displayName = QStringLiteral("nightly");
    r.state = state;
    r.rawState = kfp::runStateName(state);
    r.createdAt = T0;
    r.scheduledAt = T0.addSecs(1);
    r.finishedAt = finishedAt;
    return r;
}

} // namespace

class TestRunStateCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A slow list page (asked for before the details monitor's request) arrives last: the
    // monitor's newer FAILED stays, and the page's RUNNING is neither taken nor announced.
    void olderUpdateDoesNotOverwriteNewer()
    {
        RunStateCache cache;
        QSignalSpy changed(&cache, &RunStateCache::runStateChanged);
        const QDateTime pageSent = T0.addSecs(10);
        const QDateTime monitorSent = T0.addSecs(12);

        QVERIFY(cache.update(runIn(RunState::Failed, T0.addSecs(9)), monitorSent));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("run-1"));

        QVERIFY(!cache.update(runIn(RunState::Running), pageSent));
        QCOMPARE(changed.count(), 1);
        const RunStateFact held = cache.fact(QStringLiteral("run-1"));
        QCOMPARE(int(held.state), int(RunState::Failed));
        QCOMPARE(held.finishedAt, T0.addSecs(9));
        QCOMPARE(held.observedAt, monitorSent);

        // The page's rows show what is known newest, not what the page said.
        const Run shown = cache.overlay(runIn(RunState::Running), pageSent);
        QCOMPARE(int(shown.state), int(RunState::Failed));
        QCOMPARE(shown.finishedAt, T0.addSecs(9));
        QCOMPARE(shown.displayName, QStringLiteral("nightly")); // only the state fields
    }

    void newerUpdateWinsAndIsAnnouncedOnce()
    {
        RunStateCache cache;
        QSignalSpy changed(&cache, &RunStateCache::runStateChanged);
        QVERIFY(cache.update(runIn(RunState::Running), T0.addSecs(1)));
        // The same state seen again later: taken (its time moves on), nothing to announce.
        QVERIFY(cache.update(runIn(RunState::Running), T0.addSecs(2)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cache.fact(QStringLiteral("run-1")).observedAt, T0.addSecs(2));
        // An answer to a request sent before that one is now the older fact.
        QVERIFY(!cache.update(runIn(RunState::Pending), T0.addSecs(1)));
        QVERIFY(cache.update(runIn(RunState::Succeeded, T0.addSecs(3)), T0.addSecs(4)));
        QCOMPARE(changed.count(), 2);
        const auto fact = changed.last().at(1).value<RunStateFact>();
        QCOMPARE(int(fact.state), int(RunState::Succeeded));
        QCOMPARE(fact.finishedAt, T0.addSecs(3));
        // An answer as new as the fact held changes nothing in it.
        const Run same = cache.overlay(runIn(RunState::Succeeded, T0.addSecs(3)), T0.addSecs(4));
        QCOMPARE(same.rawState, kfp::runStateName(RunState::Succeeded));
    }

    void keyedByRunIdAndForgetsDeletedRuns()
    {
        RunStateCache cache;
        Run other = runIn(RunState::Pending);
        other.id = QStringLiteral("run-2");
        QVERIFY(cache.update(runIn(RunState::Failed, T0), T0.addSecs(5)));
        QVERIFY(cache.update(other, T0.addSecs(1)));
        QCOMPARE(cache.size(), 2);
        QCOMPARE(int(cache.fact(QStringLiteral("run-2")).state), int(RunState::Pending));
        QCOMPARE(int(cache.fact(QStringLiteral("run-1")).state), int(RunState::Failed));
        cache.remove(QStringLiteral("run-1"));
        QVERIFY(!cache.contains(QStringLiteral("run-1")));
        QVERIFY(!cache.fact(QStringLiteral("run-1")).isValid());
        // Unknown run, or an update without a time: nothing to overlay, nothing taken.
        QCOMPARE(int(cache.overlay(runIn(RunState::Running)).state), int(RunState::Running));
        QVERIFY(!cache.update(runIn(RunState::Running), QDateTime()));
    }
};

QTEST_GUILESS_MAIN(TestRunStateCache)
#include "tst_runstatecache.moc"
