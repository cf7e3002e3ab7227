#pragma once

namespace amhire::app {

// A notebook page that shows data from the workspace's database. The main
// frame calls reload() when the database changes (opened, created, restored).
class View {
public:
    virtual ~View() = default;
    virtual void reload() = 0;
    // View > Refresh: read the same database again, for what another window
    // or amhire-cli changed meanwhile, keeping what the user is doing.
    virtual void refresh() { reload(); }
    // Asked before the window closes or the database changes: a view with
    // work not yet on disk saves it, or says why not and returns false.
    virtual bool canClose() { return true; }
    // A view whose reload reads a lot (every candidate of the database) is
    // reloaded only when its page is shown, so opening a database stays quick
    // and memory holds only what is on screen.
    virtual bool reloadOnlyWhenShown() const { return false; }
    // Called instead of reload() on such a view while its page is hidden:
    // let go of what was read (the database it came from may be closed by
    // now, and the view may keep pointers into it); it is read again when
    // the page is shown.
    virtual void forgetUntilShown() {}
};

}  // namespace amhire::app
