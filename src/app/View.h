#pragma once

namespace amhire::app {

// A notebook page that shows data from the workspace's database. The main
// frame calls reload() when the database changes (opened, created, restored).
class View {
public:
    virtual ~View() = default;
    virtual void reload() = 0;
};

}  // namespace amhire::app
