from tortoise import fields, migrations
from tortoise.indexes import Index
from tortoise.migrations import operations as ops


class Migration(migrations.Migration):
    dependencies = [('models', '0002_lookup_indexes')]

    initial = False

    operations = [
        ops.AddField(
            model_name='OutboxMessage',
            name='provider_id',
            field=fields.CharField(null=True, max_length=128),
        ),
        ops.AddField(
            model_name='OutboxMessage',
            name='provider_status',
            field=fields.CharField(null=True, max_length=16),
        ),
        ops.AddField(
            model_name='OutboxMessage',
            name='provider_status_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='OutboxMessage',
            name='ticket_ref',
            field=fields.CharField(null=True, max_length=12),
        ),
        ops.AddIndex(
            model_name='OutboxMessage',
            index=Index(fields=['transport', 'address', 'status']),
        ),
        ops.AddIndex(
            model_name='OutboxMessage',
            index=Index(fields=['provider_id']),
        ),
        ops.AddIndex(
            model_name='OutboxMessage',
            index=Index(fields=['ticket_ref']),
        ),
        ops.CreateModel(
            name='WhatsAppWindow',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('transport', fields.CharField(max_length=16)),
                ('address', fields.CharField(max_length=64)),
                ('last_inbound_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'whatsapp_window', 'app': 'models', 'unique_together': (('transport', 'address'),), 'pk_attr': 'id', 'table_description': 'When a person last wrote on WhatsApp: free text may reach them for 24 hours after.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Unreachable',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('transport', fields.CharField(max_length=16)),
                ('address', fields.CharField(max_length=64)),
                ('reason', fields.CharField(max_length=32)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'unreachable', 'app': 'models', 'unique_together': (('transport', 'address'),), 'pk_attr': 'id', 'table_description': 'An address the provider told us not to send to any more (Twilio 21610 after STOP).'},
            bases=['Model'],
        ),
    ]
