from tortoise import fields, migrations
from tortoise.migrations import operations as ops


class Migration(migrations.Migration):
    dependencies = [('models', '0005_web_console')]

    initial = False

    operations = [
        ops.CreateModel(
            name='ChatMove',
            fields=[
                ('old_chat_id', fields.BigIntField(generated=False, primary_key=True, unique=True, db_index=True)),
                ('new_chat_id', fields.BigIntField()),
                ('moved_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'chat_move', 'app': 'models', 'pk_attr': 'old_chat_id', 'table_description': 'A Telegram group that became a supergroup: what was meant for the old id goes to the new.'},
            bases=['Model'],
        ),
    ]
