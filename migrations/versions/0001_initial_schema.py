"""Initial schema: the whole SalesDesk domain.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 22:37:52.276472
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# PRAGMA application_id marking a file as a SalesDesk database ("SalD").
APPLICATION_ID = 0x53616C44

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "checklist_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "length(trim(name)) > 0", name=op.f("ck_checklist_templates_name_not_blank")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_templates")),
        sa.UniqueConstraint("name", name=op.f("uq_checklist_templates_name")),
    )
    op.create_table(
        "companies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("industry", sa.String(length=100), nullable=True),
        sa.Column("website", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=64), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postal_code", sa.String(length=20), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("country", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_companies_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companies")),
    )
    with op.batch_alter_table("companies", schema=None) as batch_op:
        batch_op.create_index("ix_companies_name", ["name"], unique=False)

    op.create_table(
        "profile_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "section",
            sa.Enum(
                "family",
                "career",
                "leisure",
                "money",
                name="form_section",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "length(trim(prompt)) > 0", name=op.f("ck_profile_questions_prompt_not_blank")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile_questions")),
    )
    with op.batch_alter_table("profile_questions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_profile_questions_section_position", ["section", "position"], unique=False
        )

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "stages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "open", "won", "lost", name="stage_kind", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("rot_days", sa.Integer(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_stages_name_not_blank")),
        sa.CheckConstraint(
            "probability BETWEEN 0 AND 100", name=op.f("ck_stages_probability_percent")
        ),
        sa.CheckConstraint(
            "rot_days IS NULL OR rot_days > 0", name=op.f("ck_stages_rot_days_positive")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stages")),
        sa.UniqueConstraint("name", name=op.f("uq_stages_name")),
    )
    with op.batch_alter_table("stages", schema=None) as batch_op:
        batch_op.create_index("ix_stages_position", ["position"], unique=False)

    op.create_table(
        "checklist_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "length(trim(name)) > 0", name=op.f("ck_checklist_groups_name_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_templates.id"],
            name=op.f("fk_checklist_groups_template_id_checklist_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_groups")),
    )
    with op.batch_alter_table("checklist_groups", schema=None) as batch_op:
        batch_op.create_index(
            "ix_checklist_groups_template_position", ["template_id", "position"], unique=False
        )

    op.create_table(
        "company_news",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("headline", sa.String(length=300), nullable=False),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("is_rumour", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "length(trim(headline)) > 0", name=op.f("ck_company_news_headline_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_company_news_company_id_companies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company_news")),
    )
    with op.batch_alter_table("company_news", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_company_news_company_id"), ["company_id"], unique=False
        )

    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("salutation", sa.String(length=40), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.String(length=200), nullable=True),
        sa.Column(
            "tier",
            sa.Enum("A", "B", "C", name="tier", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column(
            "source",
            sa.Enum(
                "referral",
                "colleague",
                "inbound",
                "cold_call",
                "cold_email",
                "mail",
                "trade_show",
                "other",
                name="customer_source",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("referred_by_id", sa.Integer(), nullable=True),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postal_code", sa.String(length=20), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("country", sa.String(length=100), nullable=True),
        sa.Column(
            "preferred_channel",
            sa.Enum(
                "phone",
                "email",
                "visit",
                "message",
                name="contact_channel",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("language", sa.String(length=40), nullable=True),
        sa.Column("cultural_background", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("last_contact_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_customers_name_not_blank")),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_customers_company_id_companies"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["referred_by_id"],
            ["customers.id"],
            name=op.f("fk_customers_referred_by_id_customers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customers_company_id"), ["company_id"], unique=False)
        batch_op.create_index("ix_customers_last_contact_on", ["last_contact_on"], unique=False)
        batch_op.create_index("ix_customers_name", ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_customers_referred_by_id"), ["referred_by_id"], unique=False
        )

    op.create_table(
        "checklist_template_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "length(trim(text)) > 0", name=op.f("ck_checklist_template_items_text_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["checklist_groups.id"],
            name=op.f("fk_checklist_template_items_group_id_checklist_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_template_items")),
    )
    with op.batch_alter_table("checklist_template_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_checklist_template_items_group_position", ["group_id", "position"], unique=False
        )

    op.create_table(
        "contact_methods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "phone",
                "email",
                "other",
                name="contact_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=40), nullable=True),
        sa.Column("value", sa.String(length=320), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "length(trim(value)) > 0", name=op.f("ck_contact_methods_value_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_contact_methods_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_methods")),
    )
    with op.batch_alter_table("contact_methods", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_methods_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "customer_traits",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column(
            "trait",
            sa.Enum(
                "gold_urgent_need",
                "gold_clear_value",
                "gold_positive",
                "gold_large_order",
                "gold_influence_centre",
                "gold_sound_finances",
                "gold_nearby",
                "poor_negative",
                "poor_hard_to_show_value",
                "poor_small_deal",
                "poor_no_follow_up",
                "poor_no_reference",
                "poor_business_bad",
                "poor_far_away",
                name="customer_trait",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_traits_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", "trait", name=op.f("pk_customer_traits")),
    )
    op.create_table(
        "deals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("value_cents", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("probability_override", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "won",
                "lost",
                "suspended",
                name="deal_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("lost_reason", sa.Text(), nullable=True),
        sa.Column("stage_entered_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("bant_budget", sa.Text(), nullable=True),
        sa.Column("bant_budget_ok", sa.Boolean(), nullable=False),
        sa.Column("bant_authority", sa.Text(), nullable=True),
        sa.Column("bant_authority_ok", sa.Boolean(), nullable=False),
        sa.Column("bant_need", sa.Text(), nullable=True),
        sa.Column("bant_need_ok", sa.Boolean(), nullable=False),
        sa.Column("bant_timeline", sa.Text(), nullable=True),
        sa.Column("bant_timeline_ok", sa.Boolean(), nullable=False),
        sa.Column("neads_now", sa.Text(), nullable=True),
        sa.Column("neads_enjoy", sa.Text(), nullable=True),
        sa.Column("neads_alter", sa.Text(), nullable=True),
        sa.Column("neads_decision_makers", sa.Text(), nullable=True),
        sa.Column("neads_solution", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint("length(currency) = 3", name=op.f("ck_deals_currency_code")),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_deals_title_not_blank")),
        sa.CheckConstraint("position >= 0", name=op.f("ck_deals_position_not_negative")),
        sa.CheckConstraint(
            "probability_override IS NULL OR probability_override BETWEEN 0 AND 100",
            name=op.f("ck_deals_probability_override_percent"),
        ),
        sa.CheckConstraint("value_cents >= 0", name=op.f("ck_deals_value_not_negative")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_deals_customer_id_customers"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["stages.id"], name=op.f("fk_deals_stage_id_stages"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deals")),
    )
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deals_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index("ix_deals_stage_position", ["stage_id", "position"], unique=False)
        batch_op.create_index("ix_deals_status", ["status"], unique=False)

    op.create_table(
        "family_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "relation",
            sa.Enum(
                "spouse",
                "partner",
                "child",
                "parent",
                "sibling",
                "pet",
                "other",
                name="relation",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_family_members_name_not_blank")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_family_members_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_members")),
    )
    with op.batch_alter_table("family_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_family_members_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "important_dates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "birthday",
                "anniversary",
                "other",
                name="date_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("yearly", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "length(trim(label)) > 0", name=op.f("ck_important_dates_label_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_important_dates_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_important_dates")),
    )
    with op.batch_alter_table("important_dates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_important_dates_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "key_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("reports_to_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("function", sa.String(length=200), nullable=True),
        sa.Column("department", sa.String(length=100), nullable=True),
        sa.Column(
            "decision_role",
            sa.Enum(
                "decision_maker",
                "influencer",
                "user",
                "gatekeeper",
                "champion",
                name="decision_role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("character", sa.Text(), nullable=True),
        sa.Column("goals", sa.Text(), nullable=True),
        sa.Column("pressures", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(length=64), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_key_people_name_not_blank")),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_key_people_company_id_companies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_key_people_customer_id_customers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reports_to_id"],
            ["key_people.id"],
            name=op.f("fk_key_people_reports_to_id_key_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_people")),
    )
    with op.batch_alter_table("key_people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_key_people_company_id"), ["company_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_key_people_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_key_people_reports_to_id"), ["reports_to_id"], unique=False
        )

    op.create_table(
        "profile_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column(
            "section",
            sa.Enum(
                "family",
                "career",
                "leisure",
                "money",
                name="form_section",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("question_id", sa.Integer(), nullable=True),
        sa.Column("prompt", sa.Text(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("important", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "length(trim(answer)) > 0", name=op.f("ck_profile_entries_answer_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_profile_entries_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["profile_questions.id"],
            name=op.f("fk_profile_entries_question_id_profile_questions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile_entries")),
    )
    with op.batch_alter_table("profile_entries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_profile_entries_customer_section", ["customer_id", "section"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_profile_entries_question_id"), ["question_id"], unique=False
        )

    op.create_table(
        "purchases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("supplier", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("purchased_on", sa.Date(), nullable=True),
        sa.Column("amount_cents", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.CheckConstraint(
            "amount_cents IS NULL OR amount_cents >= 0",
            name=op.f("ck_purchases_amount_not_negative"),
        ),
        sa.CheckConstraint(
            "company_id IS NOT NULL OR customer_id IS NOT NULL", name=op.f("ck_purchases_has_buyer")
        ),
        sa.CheckConstraint(
            "length(trim(description)) > 0", name=op.f("ck_purchases_description_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_purchases_company_id_companies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_purchases_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchases")),
    )
    with op.batch_alter_table("purchases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_purchases_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_purchases_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "visit",
                "call",
                "email",
                "task",
                name="activity_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("objective", sa.Text(), nullable=True),
        sa.Column("desired_outcome", sa.Text(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "done",
                "cancelled",
                "no_show",
                name="activity_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("next_step", sa.Text(), nullable=True),
        sa.Column("follows_id", sa.Integer(), nullable=True),
        sa.Column("checklist_template_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "duration_minutes >= 0", name=op.f("ck_activities_duration_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["checklist_template_id"],
            ["checklist_templates.id"],
            name=op.f("fk_activities_checklist_template_id_checklist_templates"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_activities_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_activities_deal_id_deals"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["follows_id"],
            ["activities.id"],
            name=op.f("fk_activities_follows_id_activities"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activities_checklist_template_id"),
            ["checklist_template_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_activities_customer_starts_at", ["customer_id", "starts_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_activities_deal_id"), ["deal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activities_follows_id"), ["follows_id"], unique=False)
        batch_op.create_index("ix_activities_starts_at", ["starts_at"], unique=False)
        batch_op.create_index(
            "ix_activities_status_starts_at", ["status", "starts_at"], unique=False
        )

    op.create_table(
        "objections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "price",
                "function",
                "service",
                "competitor",
                "resources",
                "guarantee",
                name="objection_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("response", sa.Text(), nullable=True),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("raised_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_objections_text_not_blank")),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_objections_deal_id_deals"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objections")),
    )
    with op.batch_alter_table("objections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_objections_deal_id"), ["deal_id"], unique=False)
        batch_op.create_index("ix_objections_kind", ["kind"], unique=False)

    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referrer_id", sa.Integer(), nullable=False),
        sa.Column("referred_name", sa.String(length=200), nullable=False),
        sa.Column("referred_customer_id", sa.Integer(), nullable=True),
        sa.Column("deal_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=64), nullable=True),
        sa.Column("call_at", sa.DateTime(), nullable=True),
        sa.Column("call_place", sa.String(length=200), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "asked",
                "given",
                "contacted",
                "converted",
                "declined",
                name="referral_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "length(trim(referred_name)) > 0", name=op.f("ck_referrals_referred_name_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_referrals_deal_id_deals"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["referred_customer_id"],
            ["customers.id"],
            name=op.f("fk_referrals_referred_customer_id_customers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["referrer_id"],
            ["customers.id"],
            name=op.f("fk_referrals_referrer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
        sa.UniqueConstraint(
            "referrer_id", "referred_name", name=op.f("uq_referrals_referrer_id_referred_name")
        ),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referrals_deal_id"), ["deal_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referrals_referred_customer_id"), ["referred_customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_referrals_referrer_id"), ["referrer_id"], unique=False)

    op.create_table(
        "stage_moves",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("from_stage_id", sa.Integer(), nullable=True),
        sa.Column("to_stage_id", sa.Integer(), nullable=False),
        sa.Column("moved_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_stage_moves_deal_id_deals"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["from_stage_id"],
            ["stages.id"],
            name=op.f("fk_stage_moves_from_stage_id_stages"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["to_stage_id"],
            ["stages.id"],
            name=op.f("fk_stage_moves_to_stage_id_stages"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_moves")),
    )
    with op.batch_alter_table("stage_moves", schema=None) as batch_op:
        batch_op.create_index("ix_stage_moves_deal_moved_at", ["deal_id", "moved_at"], unique=False)
        batch_op.create_index("ix_stage_moves_moved_at", ["moved_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_stage_moves_to_stage_id"), ["to_stage_id"], unique=False
        )

    op.create_table(
        "visit_checklist_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("group_name", sa.String(length=120), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("one_off", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "length(trim(text)) > 0", name=op.f("ck_visit_checklist_items_text_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_visit_checklist_items_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_checklist_items")),
    )
    with op.batch_alter_table("visit_checklist_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visit_checklist_items_activity_position", ["activity_id", "position"], unique=False
        )
    op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    op.execute("PRAGMA application_id = 0")
    with op.batch_alter_table("visit_checklist_items", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_checklist_items_activity_position")

    op.drop_table("visit_checklist_items")
    with op.batch_alter_table("stage_moves", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_moves_to_stage_id"))
        batch_op.drop_index("ix_stage_moves_moved_at")
        batch_op.drop_index("ix_stage_moves_deal_moved_at")

    op.drop_table("stage_moves")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_referrer_id"))
        batch_op.drop_index(batch_op.f("ix_referrals_referred_customer_id"))
        batch_op.drop_index(batch_op.f("ix_referrals_deal_id"))

    op.drop_table("referrals")
    with op.batch_alter_table("objections", schema=None) as batch_op:
        batch_op.drop_index("ix_objections_kind")
        batch_op.drop_index(batch_op.f("ix_objections_deal_id"))

    op.drop_table("objections")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_status_starts_at")
        batch_op.drop_index("ix_activities_starts_at")
        batch_op.drop_index(batch_op.f("ix_activities_follows_id"))
        batch_op.drop_index(batch_op.f("ix_activities_deal_id"))
        batch_op.drop_index("ix_activities_customer_starts_at")
        batch_op.drop_index(batch_op.f("ix_activities_checklist_template_id"))

    op.drop_table("activities")
    with op.batch_alter_table("purchases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purchases_customer_id"))
        batch_op.drop_index(batch_op.f("ix_purchases_company_id"))

    op.drop_table("purchases")
    with op.batch_alter_table("profile_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_profile_entries_question_id"))
        batch_op.drop_index("ix_profile_entries_customer_section")

    op.drop_table("profile_entries")
    with op.batch_alter_table("key_people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_key_people_reports_to_id"))
        batch_op.drop_index(batch_op.f("ix_key_people_customer_id"))
        batch_op.drop_index(batch_op.f("ix_key_people_company_id"))

    op.drop_table("key_people")
    with op.batch_alter_table("important_dates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_important_dates_customer_id"))

    op.drop_table("important_dates")
    with op.batch_alter_table("family_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_family_members_customer_id"))

    op.drop_table("family_members")
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.drop_index("ix_deals_status")
        batch_op.drop_index("ix_deals_stage_position")
        batch_op.drop_index(batch_op.f("ix_deals_customer_id"))

    op.drop_table("deals")
    op.drop_table("customer_traits")
    with op.batch_alter_table("contact_methods", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_methods_customer_id"))

    op.drop_table("contact_methods")
    with op.batch_alter_table("checklist_template_items", schema=None) as batch_op:
        batch_op.drop_index("ix_checklist_template_items_group_position")

    op.drop_table("checklist_template_items")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_referred_by_id"))
        batch_op.drop_index("ix_customers_name")
        batch_op.drop_index("ix_customers_last_contact_on")
        batch_op.drop_index(batch_op.f("ix_customers_company_id"))

    op.drop_table("customers")
    with op.batch_alter_table("company_news", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_company_news_company_id"))

    op.drop_table("company_news")
    with op.batch_alter_table("checklist_groups", schema=None) as batch_op:
        batch_op.drop_index("ix_checklist_groups_template_position")

    op.drop_table("checklist_groups")
    with op.batch_alter_table("stages", schema=None) as batch_op:
        batch_op.drop_index("ix_stages_position")

    op.drop_table("stages")
    op.drop_table("settings")
    with op.batch_alter_table("profile_questions", schema=None) as batch_op:
        batch_op.drop_index("ix_profile_questions_section_position")

    op.drop_table("profile_questions")
    with op.batch_alter_table("companies", schema=None) as batch_op:
        batch_op.drop_index("ix_companies_name")

    op.drop_table("companies")
    op.drop_table("checklist_templates")
