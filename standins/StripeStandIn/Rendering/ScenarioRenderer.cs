using System.Text.Json.Nodes;
using StripeStandIn.Fixtures;
using StripeStandIn.Scenarios;
using StripeStandIn.State;

namespace StripeStandIn.Rendering;

/// <summary>
/// Renders a scenario once, at start-up, in order of the events' <c>created</c> (ties by file order).
/// </summary>
/// <remarks>
/// An event's object fields are merged over the fields of the same object's earlier events, so that an
/// update needs to give only what changed. The event type's defaults (status <c>paid</c> for
/// <c>invoice.paid</c>) apply after the earlier fields and before the event's own. Use a new instance for each scenario.
/// </remarks>
internal sealed class ScenarioRenderer
{
    private readonly ScenarioClock _clock;
    private readonly CustomerRenderer _customers;
    private readonly SubscriptionRenderer _subscriptions;
    private readonly InvoiceRenderer _invoices;
    private readonly OtherObjectRenderer _others;
    private readonly EventRenderer _events;

    private readonly Dictionary<string, ObjectKind> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _firstCreated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _latest = new(StringComparer.Ordinal);
    private readonly List<StoredEvent> _renderedEvents = [];
    private readonly List<ObjectVersion> _versions = [];

    public ScenarioRenderer(FixtureTemplates templates, ScenarioClock clock)
    {
        _clock = clock;
        var prices = new PriceRenderer(templates);
        _customers = new CustomerRenderer(templates);
        _subscriptions = new SubscriptionRenderer(templates, new SubscriptionItemRenderer(templates, prices));
        _invoices = new InvoiceRenderer(templates, new InvoiceLineRenderer(templates, prices));
        _others = new OtherObjectRenderer(templates);
        _events = new EventRenderer(templates);
    }

    public RenderedScenario Render(Scenario scenario)
    {
        foreach (var customer in scenario.Customers)
        {
            AddListedCustomer(customer);
        }

        var ordered = scenario.Events
            .OrderBy(scenarioEvent => _clock.UnixSecondsAt(scenarioEvent.At))
            .ThenBy(scenarioEvent => scenarioEvent.Index);
        foreach (var scenarioEvent in ordered)
        {
            try
            {
                AddEvent(scenarioEvent);
            }
            catch (ScenarioException exception)
            {
                throw new ScenarioException(
                    $"events[{scenarioEvent.Index}] ({scenarioEvent.Type}): {exception.Message}", exception);
            }
        }

        return new RenderedScenario(new EventStore(_renderedEvents), new ObjectStore(_versions));
    }

    private void AddListedCustomer(JsonObject fields)
    {
        var id = (string)fields["id"]!;
        var created = _clock.UnixSecondsAt(0);
        var customer = _customers.Render(new RenderInput(
            id, fields, created, created, "customer.created", LegacyShapes: false, Livemode: false));

        _kinds[id] = ObjectKind.Customer;
        _fields[id] = fields;
        _firstCreated[id] = created;
        _latest[id] = customer;
        var customerJson = customer.ToJsonString(StripeJson.Options);
        _versions.Add(new ObjectVersion(
            id, ObjectKind.Customer, long.MinValue, -1, DateTimeOffset.MinValue, customerJson, null, null));
    }

    private void AddEvent(ScenarioEvent scenarioEvent)
    {
        var kind = EventTypes.KindOf(scenarioEvent.Type);
        var created = _clock.UnixSecondsAt(scenarioEvent.At);
        var releasedAt = _clock.At(scenarioEvent.At + scenarioEvent.VisibleAfter);
        var objectId = ResolveObjectId(scenarioEvent, kind);

        var previousFields = _fields.GetValueOrDefault(objectId);
        var fields = JsonObjects.Merge(
            previousFields, EventTypeDefaults.For(scenarioEvent.Type, previousFields), scenarioEvent.Object);
        _firstCreated.TryAdd(objectId, created);

        var input = new RenderInput(
            objectId,
            fields,
            _firstCreated[objectId],
            created,
            scenarioEvent.Type,
            ApiVersions.UsesLegacyShapes(scenarioEvent.ApiVersion),
            scenarioEvent.Livemode);
        var rendered = kind switch
        {
            ObjectKind.Customer => _customers.Render(input),
            ObjectKind.Subscription => _subscriptions.Render(input),
            ObjectKind.Invoice => RenderInvoice(input),
            _ => _others.Render(input),
        };

        _kinds[objectId] = kind;
        _fields[objectId] = fields;
        _latest[objectId] = rendered;

        // After customer.deleted, GET /v1/customers/{id} returns a stub, while the event carries the full customer.
        var state = scenarioEvent.Type == "customer.deleted" ? CustomerRenderer.RenderDeleted(objectId) : rendered;
        _versions.Add(new ObjectVersion(
            objectId,
            kind,
            created,
            scenarioEvent.Index,
            releasedAt,
            state.ToJsonString(StripeJson.Options),
            JsonObjects.TryGetString(rendered, "customer"),
            JsonObjects.TryGetString(rendered, "status")));

        var eventId = scenarioEvent.Id ?? EventRenderer.DeriveId(scenarioEvent, objectId);
        var stripeEvent = _events.Render(scenarioEvent, eventId, created, rendered);
        var eventJson = stripeEvent.ToJsonString(StripeJson.Options);
        _renderedEvents.Add(new StoredEvent(
            eventId, scenarioEvent.Type, created, scenarioEvent.Index, releasedAt, eventJson));
    }

    private string ResolveObjectId(ScenarioEvent scenarioEvent, ObjectKind kind)
    {
        var objectId = JsonObjects.GetString(scenarioEvent.Object, "id");
        if (objectId is null && kind != ObjectKind.Other)
        {
            throw new ScenarioException("object.id is missing.");
        }

        objectId ??= StripeIds.Derive(
            _others.IdPrefixFor(scenarioEvent.Type, scenarioEvent.Object), $"{scenarioEvent.Index}:{scenarioEvent.Type}");

        if (_kinds.TryGetValue(objectId, out var knownKind) && knownKind != kind)
        {
            throw new ScenarioException(
                $"object.id \"{objectId}\" already names a {knownKind.ToString().ToLowerInvariant()}, not a {kind.ToString().ToLowerInvariant()}.");
        }

        return objectId;
    }

    private JsonObject RenderInvoice(RenderInput input)
    {
        var subscription = FindLatest(JsonObjects.GetString(input.Fields, "subscription"), ObjectKind.Subscription);
        var customerId = JsonObjects.GetString(input.Fields, "customer")
            ?? (subscription is null ? null : JsonObjects.TryGetString(subscription, "customer"));
        return _invoices.Render(input, subscription, FindLatest(customerId, ObjectKind.Customer));
    }

    private JsonObject? FindLatest(string? id, ObjectKind kind) =>
        id is not null && _kinds.TryGetValue(id, out var knownKind) && knownKind == kind ? _latest[id] : null;
}
