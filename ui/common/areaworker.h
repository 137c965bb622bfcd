#pragma once

#include <QObject>
#include <QThread>

namespace md {

// The worker thread of one desktop area (a view, a dialog, the report runner): the thread, the
// loaders that live on it, and their teardown, written once.
//
// The area creates its loaders without a parent and hands them to adopt(), which moves them to
// the thread and has them deleted there when the thread finishes; the area talks to them only
// through queued connections (or QMetaObject::invokeMethod with the loader as context), never by
// calling them from the GUI thread (except what a loader documents as thread-safe, such as
// ImportWorker::cancel). start() after wiring the connections.
//
// The destructor quits the thread and waits for it; the loaders are deleted on the worker thread
// before that wait returns. Declare the AreaWorker as the LAST member of the area's class: members
// are destroyed in reverse order, so the thread stops right after the area's destructor body and
// before any other member or child widget goes, which is the order the areas have always torn
// down in (a loader may still be running a query, and its answer is queued to the model).
class AreaWorker
{
public:
    // `name` names the thread (seen in a debugger and in crash reports).
    explicit AreaWorker(const QString &name);
    ~AreaWorker();
    AreaWorker(const AreaWorker &) = delete;
    AreaWorker &operator=(const AreaWorker &) = delete;

    // Moves `object` (it must have no parent) to the worker thread, to be deleted there when the
    // thread finishes. Returns it, for use in an initializer.
    template<typename T> T *adopt(T *object)
    {
        object->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, object, &QObject::deleteLater);
        return object;
    }

    void start() { m_thread.start(); }
    // Quits the thread and waits for it, deleting the adopted objects; the destructor does it
    // too. Nothing may be adopted or asked of the loaders afterwards.
    void stop();

    QThread *thread() { return &m_thread; }

private:
    QThread m_thread;
};

} // namespace md
