"""The main window: four areas (Board, Customers, Visits, Analytics), menus and status bar.

Every area gets the window's ``ChangeFlow``; the window hands each ``changed`` signal to the
area on screen and marks the others out of date (they read everything when next shown). The
keyboard belongs to the area on screen: switching areas puts the focus into it, and Find
(Ctrl+F) and Reload (F5) act on it. Commits of other processes are noticed when the window is
activated and every few seconds (``PRAGMA data_version``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QByteArray, QEvent, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)
from sqlalchemy.orm import Session

import salesdesk
from salesdesk.core import local_time
from salesdesk.core.changes import Change
from salesdesk.core.errors import OutputError
from salesdesk.core.queries import database_counts
from salesdesk.core.store import Database
from salesdesk.start_up import finish_start
from salesdesk.ui import database_dialogs
from salesdesk.ui.board.board_view import BoardView
from salesdesk.ui.change_flow import ChangeFlow
from salesdesk.ui.formatting import as_sentence, tr, tr_n
from salesdesk.ui.widgets import messages
from salesdesk.ui.widgets.exported import confirm_export
from salesdesk.ui.widgets.labels import plain_tip
from salesdesk.ui.widgets.screen_fit import (
    KeepOnScreen,
    available_area,
    fit_to_screen,
    fitted_size,
)

if TYPE_CHECKING:
    from salesdesk.ui.customers.customer_data import CustomerData
    from salesdesk.ui.customers.customers_view import CustomersView
    from salesdesk.ui.visits.plan_dialog import PlanDialog
    from salesdesk.ui.visits.visit_data import VisitData

_CONTEXT = "MainWindow"
AREA_NAMES = ("board", "customers", "visits", "analytics")
DEFAULT_SIZE = (1280, 800)  # the size of --screenshot
FIRST_SIZE = (1600, 1000)  # the first window, made smaller where the screen is
Clock = Callable[[], datetime]


OUTSIDE_CHECK_MS = 3000  # how often the window looks for commits of other processes
SEARCH_KEYS_AFTER_MS = 1000  # after the first paint: the closed deals' search keys, in idle time
# Tables the status bar counts.
COUNTED_TABLES = frozenset({"customers", "deals"})


class Area(Protocol):
    """What the window needs of an area: read everything, show a change, take the keyboard."""

    def reload(self, session: Session, now: datetime) -> None:
        """Read the area's data as of ``now`` (keeping scroll position and selection)."""

    def concerns(self, change: Change | None) -> bool:
        """Return True when ``change`` may alter what the area shows."""

    def apply_change(self, change: Change | None, origin: object) -> None:
        """Show ``change`` (None: everything changed)."""

    def focus_search(self) -> None:
        """Put the keyboard in the area's search field (or its main list)."""

    def focus_area(self) -> None:
        """Put the keyboard where work in the area starts (its list, its first column)."""

    def ensure_fresh(self) -> None:
        """Read everything now if changes came while the area was hidden."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


def default_size(area: QRect) -> QSize:
    """Return the first window's size: 1600×1000, or what the screen's available area allows."""
    return fitted_size(QSize(*FIRST_SIZE), area)


class LazyAreas(Mapping[str, Area]):
    """The window's areas by name, each built when first asked for.

    Only the board (whose actions fill the Deal menu) and the area shown at start are built
    with the window; the others, their modules included, cost nothing until the rep opens
    them. An area built later starts out of date, so it reads everything when first shown.
    """

    def __init__(self, build: Callable[[str], Area]) -> None:
        self._build = build
        self._built: dict[str, Area] = {}

    def __getitem__(self, name: str) -> Area:
        area = self._built.get(name)
        if area is None:
            if name not in AREA_NAMES:
                raise KeyError(name)
            area = self._built[name] = self._build(name)
        return area

    def __iter__(self) -> Iterator[str]:
        return iter(AREA_NAMES)

    def __len__(self) -> int:
        return len(AREA_NAMES)

    def built(self) -> dict[str, Area]:
        """Return the areas built so far, by name (building none)."""
        return dict(self._built)


class MainWindow(QMainWindow):
    """The SalesDesk window over one open database; areas load their data when first shown."""

    def __init__(
        self, database: Database, *, clock: Clock = _utc_now, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._painted = False
        self.clock = clock
        self.flow = ChangeFlow(database, clock, self)
        self.undo_stack = self.flow.stack
        self.undo_stack.refused.connect(self._on_undo_refused)
        self.flow.changed.connect(self._on_changed)
        self.board = BoardView(self.flow, self)
        self.board.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.board.deals_won.connect(self.offer_referrals)
        self.board.plan_requested.connect(self.plan_for_deal)
        self.board.customer_requested.connect(self.show_customer)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("areaStack")
        self.setCentralWidget(self.stack)
        self.areas = LazyAreas(self._build_area)
        self.areas["board"]  # the Deal menu acts on the board, whichever area is shown
        self.area_actions: dict[str, QAction] = {}
        self._build_menus()
        self.counts = QLabel(self)
        self.counts.setObjectName("statusCounts")
        self.read_only_mark = QLabel(tr(_CONTEXT, "Read-only"), self)
        self.read_only_mark.setObjectName("readOnlyMark")
        self.read_only_mark.setStyleSheet("QLabel { color: #a33; font-weight: bold; }")
        self.statusBar().addPermanentWidget(self.read_only_mark)
        self.statusBar().addPermanentWidget(self.counts)
        self._check_timer = QTimer(self)
        self._check_timer.setInterval(100)
        self._check_timer.timeout.connect(self._on_check_progress)
        self._outside_timer = QTimer(self)
        self._outside_timer.setInterval(OUTSIDE_CHECK_MS)
        self._outside_timer.timeout.connect(self.check_outside_changes)
        self._outside_timer.start()
        self.keep_on_screen = KeepOnScreen(self)
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self.keep_on_screen)
        self._restore_geometry()
        self._show_database()

    @property
    def database(self) -> Database:
        """Return the database the window shows."""
        return self.flow.database

    @cached_property
    def customer_data(self) -> CustomerData:
        """Return what the Customers area and the window read and change of customers."""
        from salesdesk.ui.customers.customer_data import CustomerData

        return CustomerData(self.flow, self)

    @cached_property
    def visit_data(self) -> VisitData:
        """Return what the Visits area and the planning form read and change of visits."""
        from salesdesk.ui.visits.visit_data import VisitData

        return VisitData(self.flow, self)

    def _build_area(self, name: str) -> Area:
        """Make the area ``name`` and put it into the stack (not on screen)."""
        area: QWidget
        if name == "board":
            area = self.board
        elif name == "customers":
            from salesdesk.ui.customers.customers_view import CustomersView

            customers = CustomersView(self.customer_data, self)
            customers.set_planner(
                lambda customer_id: self._open_plan_dialog(customer_id=customer_id)
            )
            customers.deal_action_requested.connect(self.act_on_deal)
            area = customers
        elif name == "visits":
            from salesdesk.ui.visits.visits_view import VisitsView

            area = VisitsView(self.visit_data, self)
        else:
            from salesdesk.ui.analytics.analytics_view import AnalyticsView

            area = AnalyticsView(self.flow, self)
        self.stack.addWidget(area)
        return area  # type: ignore[return-value]  # every area widget is an Area

    def _customers(self) -> CustomersView:
        from salesdesk.ui.customers.customers_view import CustomersView

        customers = self.areas["customers"]
        assert isinstance(customers, CustomersView)
        return customers

    def _open_plan_dialog(self, **fields: int) -> PlanDialog | None:
        from salesdesk.ui.visits.planning import open_plan_dialog

        return open_plan_dialog(self.visit_data, self, **fields)

    # -- building -----------------------------------------------------------------------

    def _action(
        self, name: str, text: str, slot: Callable[[], object], shortcut: QKeySequence | str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(tr(_CONTEXT, "&File"))
        file_menu.addAction(
            self._action(
                "actionNewDatabase",
                tr(_CONTEXT, "&New database…"),
                self.new_database,
                QKeySequence.StandardKey.New,
            )
        )
        file_menu.addAction(
            self._action(
                "actionOpenDatabase",
                tr(_CONTEXT, "&Open database…"),
                self.open_database,
                QKeySequence.StandardKey.Open,
            )
        )
        file_menu.addAction(
            self._action("actionBackUpNow", tr(_CONTEXT, "&Back up now…"), self.back_up_now)
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                "actionImportCustomers", tr(_CONTEXT, "&Import customers…"), self.import_customers
            )
        )
        file_menu.addAction(
            self._action(
                "actionExportCustomers", tr(_CONTEXT, "E&xport customers…"), self.export_customers
            )
        )
        file_menu.addAction(
            self._action(
                "actionExportCalendar",
                tr(_CONTEXT, "Export visits to &calendar…"),
                self.export_calendar,
            )
        )
        file_menu.addSeparator()
        quit_action = self._action(
            "actionQuit", tr(_CONTEXT, "&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        edit_menu = menus.addMenu(tr(_CONTEXT, "&Edit"))
        undo = self.undo_stack.undo_action(self)
        undo.setObjectName("actionUndo")
        redo = self.undo_stack.redo_action(self)
        redo.setObjectName("actionRedo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(
                "actionFind",
                tr(_CONTEXT, "&Find…"),
                lambda: self.areas[self.current_area()].focus_search(),
                QKeySequence.StandardKey.Find,
            )
        )
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(
                "actionExchangeRates",
                tr(_CONTEXT, "E&xchange Rates…"),
                self.show_exchange_rates,
                "Ctrl+Shift+X",
            )
        )
        preferences = self._action(
            "actionPreferences",
            tr(_CONTEXT, "&Preferences…"),
            self.show_preferences,
            "Ctrl+,",
        )
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(preferences)

        deal_menu = menus.addMenu(tr(_CONTEXT, "&Deal"))
        deal_menu.setObjectName("menuDeal")
        for board_action in self.board.menu_actions():
            if board_action is None:
                deal_menu.addSeparator()
            else:
                deal_menu.addAction(board_action)

        view_menu = menus.addMenu(tr(_CONTEXT, "&View"))
        navigation = QToolBar(tr(_CONTEXT, "Areas"), self)
        navigation.setObjectName("navigationBar")
        navigation.setMovable(False)
        navigation.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, navigation)
        group = QActionGroup(self)
        titles = {
            "board": tr(_CONTEXT, "&Board"),
            "customers": tr(_CONTEXT, "&Customers"),
            "visits": tr(_CONTEXT, "&Visits"),
            "analytics": tr(_CONTEXT, "&Analytics"),
        }
        for number, name in enumerate(AREA_NAMES, start=1):
            show = partial(self.show_area, name)
            action = self._action(f"actionShow{name.title()}", titles[name], show, f"Ctrl+{number}")
            action.setCheckable(True)
            group.addAction(action)
            navigation.addAction(action)
            view_menu.addAction(action)
            self.area_actions[name] = action
        view_menu.addSeparator()
        view_menu.addAction(
            self._action(
                "actionReload",
                tr(_CONTEXT, "Re&load"),
                self.reload,
                QKeySequence.StandardKey.Refresh,
            )
        )

        help_menu = menus.addMenu(tr(_CONTEXT, "&Help"))
        about = self._action("actionAbout", tr(_CONTEXT, "&About SalesDesk"), self.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    # -- areas --------------------------------------------------------------------------

    def current_area(self) -> str:
        """Return the name of the area on screen."""
        shown = self.stack.currentWidget()
        return next(name for name, area in self.areas.built().items() if area is shown)

    def show_area(self, name: str) -> None:
        """Bring the area ``name`` to the front, reading it if it is out of date.

        The keyboard goes with it: the focus moves into the area shown, so no keystroke ever
        reaches an area that is hidden.
        """
        area = self.areas[name]
        focus = self.focusWidget()
        # Asked before the stack turns its page: that hands the focus to the first field of
        # the new page, not where work in the area starts.
        stays = focus is not None and area.isAncestorOf(focus)
        area.ensure_fresh()
        self.stack.setCurrentWidget(area)
        self.area_actions[name].setChecked(True)
        if not stays:
            area.focus_area()

    def reload(self) -> None:
        """Read everything again (F5): the visible area now, the others when next shown."""
        self.flow.reload_everything()

    def check_outside_changes(self) -> bool:
        """Show what another process committed since the last look; return whether it had."""
        return self.isActiveWindow() and self.flow.check_outside()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """When the window is activated again, look for commits of other processes."""
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.flow.check_outside()
        super().changeEvent(event)

    def _on_undo_refused(self, title: str, message: str) -> None:
        """Say why an undo or redo was refused; the screens show the database as it is."""
        self.reload()
        messages.warn(self, title, message)

    def _on_changed(self, change: Change | None, origin: object) -> None:
        """Count again what the status bar counts (the areas follow the flow themselves)."""
        if change is None or change.tables & COUNTED_TABLES:
            self._show_counts()

    def _show_database(self) -> None:
        self._show_title()
        self.setWindowFilePath(str(self.database.path))
        if not self.database.checked:
            self._check_timer.start()
        self._show_counts()
        self.board.read_first_cards_first()  # a quick first look, the rest once painted
        self.show_area(self.current_area())
        if self.database.backup_path is not None:
            self.statusBar().showMessage(
                tr(
                    _CONTEXT,
                    "Updated the database; the previous version is in %1",
                    str(self.database.backup_path),
                )
            )

    def _show_title(self) -> None:
        name = self.database.path.name
        if self.database.read_only:
            title = tr(_CONTEXT, "%1 (read-only) — SalesDesk", name)
        else:
            title = tr(_CONTEXT, "%1 — SalesDesk", name)
        self.setWindowTitle(title)
        self.read_only_mark.setVisible(self.database.read_only)
        self.read_only_mark.setToolTip(
            tr(_CONTEXT, "Changes cannot be saved to this database; nothing will be written.")
        )

    def _on_check_progress(self) -> None:
        """When the background check of the whole file ends, say if the file is damaged."""
        if not self.database.checked:
            return
        self._check_timer.stop()
        damage = self.database.damage()
        self._show_title()
        if damage is not None:
            messages.fail(self, tr(_CONTEXT, "The database is damaged"), str(damage))

    def _show_counts(self) -> None:
        with self.database.sessions() as session:
            counts = database_counts(session)
        self.counts.setText(
            tr(
                _CONTEXT,
                "%1 · %2 · %3",
                self.database.path.name,
                # The same words and grouping as the board's summary ("1,950 open deals").
                tr_n(_CONTEXT, "%Ln customer(s)", counts.customers),
                tr_n("Board", "%Ln open deal(s)", counts.open_deals),
            )
        )
        self.counts.setToolTip(plain_tip(str(self.database.path)))

    # -- File menu ----------------------------------------------------------------------

    def set_database(self, database: Database) -> None:
        """Switch to ``database``, closing the one open until now."""
        previous = self.database
        self.flow.set_database(database)  # undo steps belong to the database they were made in
        previous.close()
        self._show_database()

    def new_database(self) -> None:
        """Create an empty database in a file the rep picks, and switch to it."""
        database = database_dialogs.create_database(self, self.database.path.parent)
        if database is not None:
            self.set_database(database)

    def open_database(self) -> None:
        """Open a database file the rep picks, and switch to it."""
        database = database_dialogs.choose_database(self, self.database.path.parent)
        if database is not None:
            self.set_database(database)

    def back_up_now(self) -> None:
        """Copy the open database to a file the rep picks."""
        target = database_dialogs.back_up(self, self.database.path, self.clock())
        if target is not None:
            self.statusBar().showMessage(tr(_CONTEXT, "Backed up to %1", str(target)), 10_000)

    def offer_referrals(self, deal_ids: list[int]) -> bool:
        """After a won deal, offer to write down one to three referrals from its customer."""
        owner = self.customer_data.deal_owner(deal_ids[0]) if deal_ids else None
        if owner is None:
            return False
        customer_id, name, title = owner
        question = tr(_CONTEXT, "“%1” is won. Ask %2 for one to three referrals now?", title, name)
        if not messages.confirm(self, tr(_CONTEXT, "Deal won"), question, default_yes=True):
            return False
        self.show_area("customers")
        customers = self._customers()
        if not customers.select_customer(customer_id):
            return False
        reason = tr(_CONTEXT, "“%1” is won — a good moment to ask whom else they know.", title)
        customers.dialogs.ask_referrals(deal_ids[0], reason)
        return True

    def show_customer(self, customer_id: int) -> bool:
        """Switch to the Customers area with a customer's card shown."""
        self.show_area("customers")
        return self._customers().select_customer(customer_id)

    def act_on_deal(self, deal_id: int, action: str) -> object:
        """Open a deal in the editor, or decide its outcome ("won", "lost", "hold", …)."""
        if action == "open":
            return self.board.forms.edit_deal(deal_id)
        return self.board.forms.decide(deal_id, action, self)

    def plan_for_deal(self, deal_id: int) -> PlanDialog | None:
        """Open the planning form for a deal's customer."""
        owner = self.customer_data.deal_owner(deal_id)
        if owner is None:
            return None
        return self._open_plan_dialog(customer_id=owner[0], deal_id=deal_id)

    def import_customers(self) -> None:
        """Import customers from a CSV or vCard file, after a preview."""
        from salesdesk.ui.customers.import_dialog import import_from_file

        summary = import_from_file(self, self.database, self.clock, self.database.path.parent)
        if summary is None:
            return
        if summary.added or summary.updated:
            self.reload()
        parts = [tr_n(_CONTEXT, "Imported %n customer(s)", summary.added)]
        if summary.updated:
            parts.append(tr_n(_CONTEXT, "updated %n", summary.updated))
        if summary.skipped:
            parts.append(tr_n(_CONTEXT, "%n already there", summary.skipped))
        self.statusBar().showMessage(", ".join(parts), 10_000)

    def export_customers(self) -> None:
        """Write every customer to a CSV or vCard file."""
        from salesdesk.ui.customers.import_dialog import export_to_file

        path = export_to_file(self, self.database, self.database.path.parent)
        if path is not None:
            self.statusBar().showMessage(
                tr(_CONTEXT, "Exported the customers to %1", str(path)), 10_000
            )
            confirm_export(self, tr(_CONTEXT, "The customers"), path)

    def export_calendar(self) -> Path | None:
        """Write the planned activities of the next four weeks as an iCalendar file."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            tr(_CONTEXT, "Export Visits to Calendar"),
            str(self.database.path.parent / "salesdesk-visits.ics"),
            tr(_CONTEXT, "iCalendar (*.ics)"),
        )
        if not name:
            return None
        from salesdesk.core.exchange.calendar import write_calendar

        path = Path(name) if name.lower().endswith(".ics") else Path(name + ".ics")
        today = local_time.local_day(self.clock())
        try:
            with self.database.sessions() as session:
                count = write_calendar(
                    session, today, today + timedelta(days=27), path, self.clock()
                )
        except OutputError as error:
            messages.fail(self, tr(_CONTEXT, "Not exported"), as_sentence(str(error)))
            return None
        message = tr_n(
            _CONTEXT,
            "Exported %n planned activit(y|ies) of the next four weeks to %1",
            count,
            path,
        )
        self.statusBar().showMessage(message)
        what = tr_n(_CONTEXT, "%n planned activit(y|ies) of the next four weeks", count)
        confirm_export(self, what, path)
        return path

    def show_preferences(self) -> bool:
        """Show the preferences (reporting currency, new deals' currency); True when saved."""
        from salesdesk.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.flow, self)
        return dialog.exec() == PreferencesDialog.DialogCode.Accepted

    def show_exchange_rates(self) -> None:
        """Show the exchange rates: enter, change, remove or import them."""
        from salesdesk.ui.money.rates_dialog import open_rates_dialog

        open_rates_dialog(self, self.flow)

    def about(self) -> None:
        """Show the version and the open database."""
        messages.inform(
            self,
            tr(_CONTEXT, "About SalesDesk"),
            tr(
                _CONTEXT,
                "SalesDesk %1\nThe desktop assistant for field sales.\n\nDatabase: %2",
                salesdesk.__version__,
                str(self.database.path),
            ),
        )

    # -- geometry -----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(default_size(available_area(self)))
        elif not self.isMaximized():
            fit_to_screen(self)  # saved on a larger screen: keep every zone in sight
        area = settings.value("mainWindow/area", "board")
        self.stack.setCurrentWidget(self.areas.get(str(area), self.areas["board"]))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """After the first paint, finish the start (the collector, the ORM's mappers)."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, finish_start)
            # The closed deals' search keys, in idle time once the start is done.
            QTimer.singleShot(SEARCH_KEYS_AFTER_MS, self.board.deal_list.prepare_search)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Remember the window's geometry and area, and let the window close."""
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/area", self.current_area())
        super().closeEvent(event)
