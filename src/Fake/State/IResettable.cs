namespace Rememberizer.Contract.Fake.State;

/// <summary>A piece of the fake's state that <c>POST /_mock/reset</c> drops back to its seed.</summary>
public interface IResettable
{
    void Reset();
}
