from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('models', '0001_initial')]

    initial = False

    operations = [
        ops.AddIndex(
            model_name='Conversation',
            index=Index(fields=['subject_id']),
        ),
        ops.AddIndex(
            model_name='Export',
            index=Index(fields=['subject_id']),
        ),
        ops.AddIndex(
            model_name='Identity',
            index=Index(fields=['subject_id']),
        ),
        ops.AddIndex(
            model_name='Ticket',
            index=Index(fields=['subject_id']),
        ),
        ops.AddIndex(
            model_name='TicketEvent',
            index=Index(fields=['ticket_id', 'id']),
        ),
        ops.AddIndex(
            model_name='TranscriptLine',
            index=Index(fields=['conversation_id', 'id']),
        ),
    ]
