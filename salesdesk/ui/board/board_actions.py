"""The Deal menu's actions and a card's context menu, on whichever page of the board is shown.

One set of actions (one shortcut each) serves both pages of the board area: on the board they
act on the selected cards, in the list of closed and held deals on the selected rows. Each
action says why when it cannot act (in the status bar), instead of doing nothing silently.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from salesdesk.core.board import Card, StageInfo
from salesdesk.ui.formatting import tr
from salesdesk.ui.printing.dossier_actions import MODES

_CONTEXT = "Board"


class ActionTarget(Protocol):
    """What the actions need of the board area."""

    def move_to_stage(self, deal_ids: list[int], stage_id: int) -> bool: ...

    def open_stages(self) -> list[StageInfo]: ...

    def run_on_selection(self, name: str) -> bool: ...

    def selected_cards(self) -> list[Card]: ...

    def print_dossier(self, mode: str) -> object: ...


class BoardActions(QObject):
    """The board area's actions (objectNames ``action…``), shortcuts and the card menu."""

    def __init__(self, owner: QWidget, target: ActionTarget) -> None:
        super().__init__(owner)
        self._owner = owner
        self._target = target
        self._all: dict[str, QAction] = {}

        def make(name: str, text: str, keys: str, command: str) -> QAction:
            action = QAction(text, owner)
            action.setObjectName(name)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda: target.run_on_selection(command))
            owner.addAction(action)
            self._all[command] = action
            return action

        self.new_deal = make("actionNewDeal", tr(_CONTEXT, "&New Deal…"), "Ctrl+Shift+N", "new")
        self.edit_deal = make("actionEditDeal", tr(_CONTEXT, "&Edit Deal…"), "F2", "edit")
        self.next_stage = make(
            "actionMoveNextStage", tr(_CONTEXT, "Move to &Next Stage"), "Ctrl+Shift+Right", "next"
        )
        self.previous_stage = make(
            "actionMovePreviousStage",
            tr(_CONTEXT, "Move to &Previous Stage"),
            "Ctrl+Shift+Left",
            "previous",
        )
        self.won = make("actionMarkWon", tr(_CONTEXT, "Mark &Won…"), "Ctrl+Shift+W", "won")
        self.lost = make("actionMarkLost", tr(_CONTEXT, "Mark &Lost…"), "Ctrl+Shift+L", "lost")
        self.hold = make("actionPutOnHold", tr(_CONTEXT, "Put on &Hold"), "Ctrl+Shift+H", "hold")
        self.resume = make("actionResume", tr(_CONTEXT, "Re&sume"), "Ctrl+Shift+R", "resume")
        self.reopen = make("actionReopen", tr(_CONTEXT, "Re&open…"), "Ctrl+Shift+O", "reopen")
        self.plan_visit = make(
            "actionPlanVisit", tr(_CONTEXT, "Plan &Visit or Call…"), "Ctrl+Shift+V", "plan"
        )
        self.open_customer = make(
            "actionOpenCustomer", tr(_CONTEXT, "Open &Customer"), "Ctrl+Shift+U", "customer"
        )
        self.deal_list = make(
            "actionClosedDeals", tr(_CONTEXT, "&Closed and Held Deals"), "Ctrl+Shift+D", "list"
        )
        self.deal_list.setCheckable(True)
        # Without a shortcut of its own: Edit → Find (Ctrl+F) reaches the area on screen.
        self.find = make("actionBoardFilter", tr(_CONTEXT, "&Filter Deals"), "", "find")
        self.stage_settings = make(
            "actionStageSettings", tr(_CONTEXT, "&Stage Settings…"), "", "stages"
        )
        self.dossier = []
        for mode, text, _keys in MODES:
            action = QAction(tr("Dossier", text), owner)
            action.setObjectName(f"actionBoardDossier{mode.title()}")
            action.triggered.connect(lambda _=False, m=mode: target.print_dossier(m))
            self.dossier.append(action)

    def menu_actions(self) -> list[QAction | None]:
        """Return the actions of the Deal menu (None: a separator)."""
        return [
            self.new_deal,
            self.edit_deal,
            None,
            self.next_stage,
            self.previous_stage,
            self.won,
            self.lost,
            self.hold,
            self.resume,
            self.reopen,
            None,
            self.plan_visit,
            self.open_customer,
            None,
            self.deal_list,
            self.find,
            self.stage_settings,
        ]

    def enable(self, *, board: bool, open_cards: bool, closed: bool, held: bool) -> None:
        """Enable what the selection allows, on the board page or in the list."""
        chosen = open_cards or closed or held
        for action, on in (
            (self.new_deal, board),
            (self.edit_deal, chosen),
            (self.next_stage, board and open_cards),
            (self.previous_stage, board and open_cards),
            (self.won, open_cards or held),
            (self.lost, open_cards or held),
            (self.hold, open_cards),
            (self.resume, held),
            (self.reopen, closed),
            (self.plan_visit, chosen),
            (self.open_customer, chosen),
        ):
            action.setEnabled(on)
        for action in self.dossier:
            action.setEnabled(chosen)

    def card_menu(self, cards: list[Card]) -> QMenu:
        """Return the context menu of the selected cards (the one under the mouse among them)."""
        menu = QMenu(self._owner)
        menu.setObjectName("cardMenu")
        menu.addActions([self.edit_deal, self.open_customer, self.plan_visit])
        move = menu.addMenu(tr(_CONTEXT, "&Move to Stage"))
        move.setObjectName("cardMenuMoveTo")
        here = {card.stage_id for card in cards}
        ids = [card.deal_id for card in cards]
        for stage in self._target.open_stages():
            action = move.addAction(stage.name)
            action.setObjectName(f"cardMenuMoveTo-{stage.id}")
            action.setEnabled(stage.id not in here or len(here) > 1)
            action.triggered.connect(
                _bound(lambda stage_id: self._target.move_to_stage(ids, stage_id), stage.id)
            )
        menu.addSeparator()
        menu.addActions([self.won, self.lost, self.hold])
        menu.addSeparator()
        dossier = menu.addMenu(tr(_CONTEXT, "&Print Customer's Dossier"))
        dossier.setObjectName("cardMenuDossier")
        dossier.addActions(self.dossier)
        return menu


def _bound(call: Callable[[int], object], value: int) -> Callable[[], object]:
    return lambda *_: call(value)
