import factory
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts.models import Customer, StaffProfile, User

TEST_PASSWORD = "correct-horse-battery-9"


class CustomerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Customer

    name = factory.Sequence(lambda n: f"Customer {n}")
    email = factory.Sequence(lambda n: f"customer{n}@example.com")
    phone = "+74951112233"
    area = "Moscow-Center"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password_changed_at = factory.LazyFunction(timezone.now)
    password = factory.PostGenerationMethodCall("set_password", TEST_PASSWORD)

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if not create:
            return
        name = extracted or kwargs.get("default")
        if name:
            # get_or_create: transactional tests flush the groups the data migration made.
            self.groups.add(Group.objects.get_or_create(name=name)[0])
        self.save()


class CustomerUserFactory(UserFactory):
    customer = factory.SubFactory(CustomerFactory)
    role__default = "Customer"


class StaffUserFactory(UserFactory):
    is_staff = True

    @factory.post_generation
    def profile(self, create, extracted, **kwargs):
        if create:
            StaffProfile.objects.get_or_create(user=self)


def contract_numbered(customer, number: str, *, status: str = "ended"):
    """A contract of `customer` with a given number (as printed on an old paper contract), so a ticket form
    that checks typed numbers against the account's contracts takes it. Ended by default: an account
    without an active contract types its number rather than picking it from a list."""
    import datetime

    from billing.models import Contract

    today = timezone.localdate()
    return Contract.objects.create(
        number=number,
        name=f"Contract {number}",
        customer=customer,
        start_date=today - datetime.timedelta(days=700),
        end_date=today - datetime.timedelta(days=30),
        amount=0,
        status=status,
    )
