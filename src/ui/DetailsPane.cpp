#include "DetailsPane.h"

#include "DisplayText.h"
#include "MessageBanner.h"
#include "UiLogging.h"

#include <QLabel>
#include <QTextLayout>
#include <QtMath>

namespace kfp {

DetailsPane::DetailsPane(KfpClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{}

DetailsPane::~DetailsPane()
{
    // Its finished() must not reach a half-destroyed pane.
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

void DetailsPane::styleTitle(QLabel *label)
{
    QFont title = label->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    label->setFont(title);
    // Lay out a sample holding Latin, Hangul and Han glyphs: its line height includes the
    // fallback fonts' ascent and descent.
    QTextLayout sample(QStringLiteral("Ág 한글 漢字"), title);
    sample.beginLayout();
    const QTextLine line = sample.createLine();
    sample.endLayout();
    const int margins = label->contentsMargins().top() + label->contentsMargins().bottom();
    label->setMinimumHeight(qCeil(line.height()) + margins);
}

void DetailsPane::setChrome(MessageBanner *banner, QWidget *loadingIndicator)
{
    m_banner = banner;
    m_loading = loadingIndicator;
    m_loading->hide();
    connect(m_banner, &MessageBanner::retryRequested, this, &DetailsPane::reload);
}

void DetailsPane::setNameCache(NameCache *names)
{
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr);
    m_names = names;
    if (m_names)
        connect(m_names, &NameCache::namesResolved, this, &DetailsPane::namesArrived);
}

QString DetailsPane::referenceText(NameCache::Kind kind, const QString &id,
                                   const QString &pipelineId) const
{
    if (id.isEmpty())
        return DisplayText::orNone({});
    const QString name = m_names ? m_names->name(kind, id, pipelineId) : QString();
    return name.isEmpty() ? id : tr("%1 (%2)").arg(name, id);
}

void DetailsPane::clear()
{
    if (m_job) {
        ApiJob *job = m_job;
        m_job = nullptr;
        job->abort();
    }
    m_currentId.clear();
    m_loading->hide();
    m_banner->hide();
    clearValues();
}

void DetailsPane::beginLoad(const QString &id, ApiJob *job)
{
    if (m_job && m_job != job) {
        ApiJob *old = m_job;
        m_job = nullptr; // its finished() (Canceled) then counts as stale
        old->abort();
    }
    if (id != m_currentId)
        clearValues();
    m_currentId = id;
    m_job = job;
    m_loading->show();
}

bool DetailsPane::endLoad(const QString &id, ApiJob *job)
{
    if (m_job != job || id != m_currentId)
        return false;
    m_job = nullptr;
    m_loading->hide();
    if (job->ok()) {
        m_banner->hide();
        return true;
    }
    showError(job->error());
    Q_EMIT loadFailed(id, job->error());
    return true;
}

void DetailsPane::showError(const ApiError &error)
{
    qCWarning(lcUi) << objectName() << m_currentId << "failed:" << error.fullMessage();
    QString details = error.serverMessage();
    if (error.httpStatus() > 0)
        details = tr("HTTP %1: %2").arg(error.httpStatus()).arg(details);
    m_banner->showMessage(MessageBanner::Kind::Error, error.userMessage(), details);
}

} // namespace kfp
