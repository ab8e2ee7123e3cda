#pragma once

// The search-and-filter bar of a SectionView: the search box (debounced), the run state menu, the
// created-date range and the active/archived choice, each applied to the section's model as the
// user sets it. It also says which filters are in effect (for "No runs match: …") and clears them
// all at once.

#include <QObject>
#include <QStringList>

class QMenu;
class QTimer;

namespace Ui {
class SectionView;
}

namespace kfp {

class PagedTreeModel;
class RunListModel;

class SectionFilters final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionFilters)
public:
    struct Options
    {
        bool states = false;        // the run state menu (run lists)
        bool storageChoice = false; // the Active/Archived combo (Runs, Experiments)
        bool archivedOnly = false;  // an Archive list: archived items only, no choice
    };

    // The widgets are the section's (ui); the model is the section's.
    SectionFilters(Ui::SectionView *ui, PagedTreeModel *model, Options options,
                   QObject *parent = nullptr);
    ~SectionFilters() override;

    // The filters the model applies now, one translated phrase each ("name contains “x”",
    // "state: Failed", "created from 12/1/26", "archived"); empty when none is.
    QStringList activeFilters() const;
    // Clears every filter in the bar; the model lists everything again.
    void clear();

private:
    void setupStateMenu();
    void applyStates();
    void applyDates();
    void applyStorage();
    void updateStateButton();
    RunListModel *runModel() const;

    Ui::SectionView *m_ui;
    PagedTreeModel *m_model;
    Options m_options;
    QTimer *m_searchTimer;
    QMenu *m_stateMenu = nullptr;
};

} // namespace kfp
