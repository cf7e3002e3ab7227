#pragma once

class wxIdleEvent;
class wxWindow;

namespace amhire::app {

// Lays a window and everything in it out again the next time the toolkit is
// idle, once asked to. GTK measures a text in a bold or larger font with that
// font only once the text is on screen (the font is applied as the widget is
// realised), so a view laid out just before it is shown sizes such a label
// as in the plain font, and cuts it off, until something lays it out again.
// Owned by the window it lays out.
class IdleRelayout {
  public:
    explicit IdleRelayout(wxWindow* window);
    ~IdleRelayout();
    IdleRelayout(const IdleRelayout&) = delete;
    IdleRelayout& operator=(const IdleRelayout&) = delete;
    void request() { pending_ = true; }

  private:
    void onIdle(wxIdleEvent& event);

    wxWindow* window_;
    bool pending_ = false;
};

} // namespace amhire::app
