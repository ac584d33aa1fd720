using System.Security.Cryptography;
using CargomanStandIn.Api;

namespace CargomanStandIn.Customers;

/// <summary>
/// In-memory customers, kept in creation order. One lock guards every read and write, so each request
/// reads and changes a consistent state, and create checks and claims an external id in one step.
/// </summary>
internal sealed class CustomerStore(TimeProvider timeProvider, ILogger<CustomerStore> logger)
{
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private readonly Lock _lock = new();
    private readonly List<Customer> _customers = [];
    private readonly Dictionary<string, Customer> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Customer> _byExternalId = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates an active customer with no grants, or returns CONFLICT when the external id is taken.
    /// </summary>
    public Result<CustomerView> Create(string name, string email, string externalId)
    {
        lock (_lock)
        {
            if (_byExternalId.TryGetValue(externalId, out var existing))
            {
                return ApiFailure.Conflict($"A customer with external_id '{externalId}' already exists: {existing.Id}.");
            }

            var now = timeProvider.GetUtcNow();
            var customer = new Customer
            {
                Id = "cust_" + RandomNumberGenerator.GetString(IdAlphabet, 16),
                Token = RandomNumberGenerator.GetHexString(40, lowercase: true),
                ExternalId = externalId,
                Name = name,
                Email = email,
                CreatedAt = now,
                UpdatedAt = now,
            };
            _customers.Add(customer);
            _byId.Add(customer.Id, customer);
            _byExternalId.Add(externalId, customer);
            Log.CustomerCreated(logger, customer.Id, externalId);
            return customer.ToView();
        }
    }

    public CustomerView? Find(string id)
    {
        lock (_lock)
        {
            return _byId.GetValueOrDefault(id)?.ToView();
        }
    }

    public CustomerView? FindByExternalId(string externalId)
    {
        lock (_lock)
        {
            return _byExternalId.GetValueOrDefault(externalId)?.ToView();
        }
    }

    /// <summary>
    /// Returns page <paramref name="page"/> (from 1) of the customers with <paramref name="status"/>, or of all
    /// customers when it is null, in creation order.
    /// </summary>
    public CustomerPage List(CustomerStatus? status, int page, int perPage)
    {
        lock (_lock)
        {
            var matching = _customers.Where(customer => status is null || customer.Status == status).ToList();
            var items = matching.Skip((page - 1) * perPage).Take(perPage).Select(customer => customer.ToView()).ToList();
            return new CustomerPage(items, matching.Count);
        }
    }

    public IReadOnlyList<ControlCustomerView> ListForControl()
    {
        lock (_lock)
        {
            return [.. _customers.Select(customer => customer.ToControlView())];
        }
    }

    public IReadOnlyList<PackageHolder> ListHolders(string package)
    {
        lock (_lock)
        {
            return
            [
                .. from customer in _customers
                   from grant in customer.Grants
                   where string.Equals(grant.Package, package, StringComparison.OrdinalIgnoreCase)
                   select new PackageHolder(customer.Id, customer.Name, customer.ExternalId, customer.Status, grant.Constraint),
            ];
        }
    }

    /// <summary>
    /// Runs <paramref name="change"/> on the customer under the lock, passing the current time for
    /// <see cref="Customer.UpdatedAt"/>. Returns NOT_FOUND when no customer has <paramref name="id"/>.
    /// </summary>
    public Result<T> Update<T>(string id, Func<Customer, DateTimeOffset, Result<T>> change)
        where T : class
    {
        lock (_lock)
        {
            if (!_byId.TryGetValue(id, out var customer))
            {
                return ApiFailure.CustomerNotFound();
            }

            var statusBefore = customer.Status;
            var grantsBefore = customer.Grants.ToList();
            var result = change(customer, timeProvider.GetUtcNow());

            if (customer.Status != statusBefore)
            {
                Log.CustomerStatusChanged(logger, customer.Id, statusBefore, customer.Status);
            }

            if (!customer.Grants.SequenceEqual(grantsBefore))
            {
                Log.CustomerGrantsChanged(logger, customer.Id, customer.Grants.Count);
            }

            return result;
        }
    }

    public bool Delete(string id)
    {
        lock (_lock)
        {
            if (!_byId.Remove(id, out var customer))
            {
                return false;
            }

            _byExternalId.Remove(customer.ExternalId);
            _customers.Remove(customer);
            Log.CustomerDeleted(logger, id);
            return true;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _customers.Clear();
            _byId.Clear();
            _byExternalId.Clear();
        }
    }
}
