#pragma once

#include <QWizardPage>

#include <functional>

namespace md {

// A wizard page whose completeness and set-up the wizard supplies as functions, so that one
// class (ImportWizard) keeps the whole flow, including the answers that arrive from its worker.
class ImportWizardPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;

    void setCompleteTest(std::function<bool()> test) { m_complete = std::move(test); }
    void setInitializer(std::function<void()> init) { m_init = std::move(init); }
    // Runs when the user goes back from this page.
    void setCleanup(std::function<void()> cleanup) { m_cleanup = std::move(cleanup); }
    // Tells the wizard to ask isComplete() again (its Next button follows).
    void recheck() { emit completeChanged(); }

    bool isComplete() const override { return m_complete ? m_complete() : true; }
    void initializePage() override
    {
        if (m_init)
            m_init();
    }
    void cleanupPage() override
    {
        if (m_cleanup)
            m_cleanup();
        QWizardPage::cleanupPage();
    }

private:
    std::function<bool()> m_complete;
    std::function<void()> m_init;
    std::function<void()> m_cleanup;
};

} // namespace md
