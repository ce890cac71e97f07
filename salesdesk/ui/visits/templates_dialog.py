"""Editing a checklist template: groups and their items; rename in place, drag to reorder.

Planned visits keep the items they were given; the template only shapes visits planned later.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.errors import FieldProblem
from salesdesk.core.operations.checklists import GroupDraft, TemplateState
from salesdesk.ui.formatting import as_sentence, tr
from salesdesk.ui.widgets.form_parts import beside_buttons, error_label, save_cancel_buttons

_CONTEXT = "Templates"
_ID = Qt.ItemDataRole.UserRole
Save = Callable[[int | None, str, list[GroupDraft]], Sequence[FieldProblem]]


class TemplatesDialog(QDialog):
    """Pick a template (or a new one), edit its groups and items, Save."""

    def __init__(
        self,
        templates: Sequence[tuple[int, str]],
        load: Callable[[int], TemplateState],
        save: Save,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(tr(_CONTEXT, "Checklist Templates"))
        self.resize(640, 560)
        self._load = load
        self._save = save
        self.choice = QComboBox()
        self.choice.setObjectName("templateChoice")
        for template_id, name in templates:
            self.choice.addItem(name, template_id)
        self.choice.addItem(tr(_CONTEXT, "New template…"), None)
        self.choice.currentIndexChanged.connect(self._show)
        self.name = QLineEdit()
        self.name.setObjectName("templateName")
        self.tree = QTreeWidget()
        self.tree.setObjectName("templateItems")
        self.tree.setHeaderHidden(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        body = beside_buttons(
            self.tree,
            [
                ("templateAddGroup", tr(_CONTEXT, "Add &group"), self.add_group),
                ("templateAddItem", tr(_CONTEXT, "Add &item"), self.add_item),
                ("templateRemove", tr(_CONTEXT, "&Remove"), self.remove_selected),
            ],
        )
        self.problems = error_label("templateProblems")
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.name)
        layout.addLayout(body)
        layout.addWidget(self.problems)
        layout.addWidget(save_cancel_buttons(self.submit, self.reject))
        self._show()

    def _show(self) -> None:
        self.tree.clear()
        template_id = self.choice.currentData()
        if template_id is None:
            self.name.setText(tr(_CONTEXT, "New checklist"))
            self.add_group()
            return
        state = self._load(template_id)
        self.name.setText(state.template["name"] if state.template else "")
        for group in state.groups:
            top = self._group_item(group["id"], group["name"])
            for item in state.items:
                if item["group_id"] == group["id"]:
                    self._item(top, item["id"], item["text"])
        self.tree.expandAll()

    def _group_item(self, group_id: int | None, name: str) -> QTreeWidgetItem:
        top = QTreeWidgetItem([name])
        top.setData(0, _ID, group_id)
        top.setFlags(top.flags() | Qt.ItemFlag.ItemIsEditable)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        self.tree.addTopLevelItem(top)
        return top

    def _item(self, group: QTreeWidgetItem, item_id: int | None, text: str) -> QTreeWidgetItem:
        child = QTreeWidgetItem([text])
        child.setData(0, _ID, item_id)
        # Items move between and within groups, but never become groups themselves.
        child.setFlags(
            (child.flags() | Qt.ItemFlag.ItemIsEditable) & ~Qt.ItemFlag.ItemIsDropEnabled
        )
        group.addChild(child)
        return child

    def add_group(self) -> QTreeWidgetItem:
        """Add a group at the end and start renaming it."""
        top = self._group_item(None, tr(_CONTEXT, "New group"))
        self.tree.setCurrentItem(top)
        return top

    def add_item(self) -> QTreeWidgetItem | None:
        """Add an item to the selected group (or the selected item's group)."""
        current = self.tree.currentItem() or self.tree.topLevelItem(
            self.tree.topLevelItemCount() - 1
        )
        if current is None:
            return None
        group = current if current.parent() is None else current.parent()
        child = self._item(group, None, tr(_CONTEXT, "New item"))
        group.setExpanded(True)
        self.tree.setCurrentItem(child)
        self.tree.editItem(child)
        return child

    def remove_selected(self) -> None:
        """Remove the selected group (with its items) or item."""
        current = self.tree.currentItem()
        if current is None:
            return
        parent = current.parent()
        if parent is None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(current))
        else:
            parent.removeChild(current)

    def drafts(self) -> list[GroupDraft]:
        """Return the groups and items as shown."""
        groups = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            items = tuple(
                (top.child(n).data(0, _ID), top.child(n).text(0)) for n in range(top.childCount())
            )
            groups.append(GroupDraft(top.data(0, _ID), top.text(0), items))
        return groups

    def submit(self) -> bool:
        """Save the template; close when saved, else say what is wrong."""
        problems = list(self._save(self.choice.currentData(), self.name.text(), self.drafts()))
        self.problems.setText("\n".join(as_sentence(p.message) for p in problems))
        self.problems.setVisible(bool(problems))
        if problems:
            return False
        self.accept()
        return True
