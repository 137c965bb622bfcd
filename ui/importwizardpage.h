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
    // Tells the wizard to ask isComplete() again (its Next button follows).
    void recheck() { emit completeChanged(); }

    bool isComplete() const override { return m_complete ? m_complete() : true; }
    void initializePage() override
    {
        if (m_init)
            m_init();
    }

private:
    std::function<bool()> m_complete;
    std::function<void()> m_init;
};

} // namespace md
