#pragma once

#include <pugixml.hpp>

namespace amhire {

// The element children of a node, in document order, for a range-for loop.
//
// pugixml is a shared library, so each accessor is a call that cannot be
// inlined. node.children() costs three of them a step (compare, dereference,
// advance) plus a type() to skip text; here a step is one next_sibling() and
// one type(), which also tells that the list has ended (node_null).
class ElementChildren {
public:
    class Iterator {
    public:
        explicit Iterator(pugi::xml_node node) : node_(node) { skipToElement(); }
        Iterator() : atEnd_(true) {}

        pugi::xml_node operator*() const { return node_; }
        Iterator& operator++()
        {
            node_ = node_.next_sibling();
            skipToElement();
            return *this;
        }
        // Only ever compared with the end.
        bool operator!=(const Iterator& other) const { return atEnd_ != other.atEnd_; }

    private:
        void skipToElement()
        {
            for (pugi::xml_node_type type; (type = node_.type()) != pugi::node_element; node_ = node_.next_sibling())
                if (type == pugi::node_null) {
                    atEnd_ = true;
                    return;
                }
        }

        pugi::xml_node node_;
        bool atEnd_ = false;
    };

    explicit ElementChildren(pugi::xml_node parent) : parent_(parent) {}

    Iterator begin() const { return Iterator(parent_.first_child()); }
    Iterator end() const { return Iterator(); }

private:
    pugi::xml_node parent_;
};

}  // namespace amhire
