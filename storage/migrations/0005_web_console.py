from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('models', '0004_delivery_status')]

    initial = False

    operations = [
        ops.CreateModel(
            name='StaffLoginLink',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('selector', fields.CharField(unique=True, max_length=24)),
                ('verifier_hash', fields.CharField(max_length=64)),
                ('staff', fields.ForeignKeyField('models.Staff', source_field='staff_id', db_constraint=True, to_field='id', related_name='login_links', on_delete=OnDelete.CASCADE)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('expires_at', fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=False)),
                ('used_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'staff_login_link', 'app': 'models', 'indexes': [Index(fields=['staff_id'])], 'pk_attr': 'id', 'table_description': 'A single-use link that logs a member of staff into the web console, kept only as a hash.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='StaffSession',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('selector', fields.CharField(unique=True, max_length=24)),
                ('verifier_hash', fields.CharField(max_length=64)),
                ('csrf_token', fields.CharField(max_length=64)),
                ('staff', fields.ForeignKeyField('models.Staff', source_field='staff_id', db_constraint=True, to_field='id', related_name='web_sessions', on_delete=OnDelete.CASCADE)),
                ('language', fields.CharField(default='en', max_length=8)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('last_seen_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('ended_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'staff_session', 'app': 'models', 'indexes': [Index(fields=['staff_id'])], 'pk_attr': 'id', 'table_description': "A web console session, shared by every `serve` process, kept only as a hash."},
            bases=['Model'],
        ),
        ops.AddIndex(
            model_name='Ticket',
            index=Index(fields=['status', 'due_at']),
        ),
        ops.AddIndex(
            model_name='Ticket',
            index=Index(fields=['assignee_id']),
        ),
    ]
