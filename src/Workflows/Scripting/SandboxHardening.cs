using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace Thads.Workflows.Scripting;

/// <summary>
/// Makes a fresh engine safe to reuse across evaluations. Jint's global snapshot only reverts the global
/// object, so everything else a script could change to influence the next evaluation (built-in prototypes and
/// constructors) is frozen, and globals that allocate outside the memory limit or outlive an evaluation
/// (finalizer callbacks, new realms, the symbol registry) are removed.
/// </summary>
internal static class SandboxHardening
{
    private static readonly string[] RemovedGlobals =
    [
        // Typed arrays allocate their whole buffer before the memory limit is checked: `new Uint8Array(1e9)`
        // would take a gigabyte. No workflow script needs binary data.
        "ArrayBuffer", "SharedArrayBuffer", "DataView", "Atomics", "TypedArray",
        "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array",
        "Float16Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",

        // A finalizer callback runs whenever the GC decides, i.e. inside some later evaluation.
        "FinalizationRegistry", "WeakRef",

        // A new realm brings fresh, unfrozen built-ins.
        "ShadowRealm",

        // Proxy traps would run script code while the host converts results, outside every limit.
        "Proxy",
    ];

    // Built-ins that no global property leads to; a script can still reach them through syntax. Prepared up
    // front so that parsing does not count against the memory limit of the engine being hardened.
    private static readonly Prepared<Script> HiddenIntrinsicsScript = Engine.PrepareScript("""
        (function () {
          const found = [];
          const add = (reach) => { try { const value = reach(); if (value != null) found.push(value); } catch (e) { } };
          add(() => Object.getPrototypeOf(function* () {}));
          add(() => Object.getPrototypeOf(async function () {}));
          add(() => Object.getPrototypeOf(async function* () {}));
          add(() => Object.getPrototypeOf((function* () {})()));
          add(() => Object.getPrototypeOf((async function* () {})()));
          add(() => Object.getPrototypeOf([][Symbol.iterator]()));
          add(() => Object.getPrototypeOf(new Map()[Symbol.iterator]()));
          add(() => Object.getPrototypeOf(new Set()[Symbol.iterator]()));
          add(() => Object.getPrototypeOf(''[Symbol.iterator]()));
          add(() => Object.getPrototypeOf('a'.matchAll(/a/g)));
          add(() => Object.getPrototypeOf([].values().map((x) => x)));
          add(() => Object.getPrototypeOf(Iterator.from({ next() { return { done: true }; } })));
          add(() => new Intl.Segmenter().segment('a'));
          add(() => new Intl.Segmenter().segment('a')[Symbol.iterator]());
          add(() => Object.getOwnPropertyDescriptor(arguments, 'callee').get);
          return found;
        })()
        """, strict: true);

    // Freezing a prototype makes `obj.toString = f` or `this.name = 'MyError'` fail on ordinary objects too
    // (the "override mistake"). For the members scripts commonly override, the data property is replaced by an
    // accessor that reads the original and defines an own property on assignment, as SES does.
    private static readonly Prepared<Script> OverridableMembersScript = Engine.PrepareScript("""
        (function () {
          const defineProperty = Object.defineProperty;
          const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
          const errorMembers = ['constructor', 'name', 'message', 'toString'];
          const targets = [
            [Object.prototype, ['constructor', 'toString', 'toLocaleString', 'valueOf']],
            [Function.prototype, ['toString']],
            [Error.prototype, errorMembers],
            [EvalError.prototype, errorMembers], [RangeError.prototype, errorMembers],
            [ReferenceError.prototype, errorMembers], [SyntaxError.prototype, errorMembers],
            [TypeError.prototype, errorMembers], [URIError.prototype, errorMembers],
            [AggregateError.prototype, errorMembers],
          ];
          for (const [prototype, names] of targets) {
            for (const name of names) {
              const original = getOwnPropertyDescriptor(prototype, name);
              if (!original || !('value' in original)) continue;
              const value = original.value;
              defineProperty(prototype, name, {
                get() { return value; },
                set(newValue) {
                  if (this === prototype) throw new TypeError(`Cannot assign to read only property '${name}' of a built-in prototype`);
                  defineProperty(this, name, { value: newValue, writable: true, enumerable: true, configurable: true });
                },
                enumerable: original.enumerable,
                configurable: original.configurable,
              });
            }
          }
        })()
        """, strict: true);

    public static void RemoveUnsafeGlobals(Engine engine)
    {
        foreach (var name in RemovedGlobals)
        {
            engine.Global.Delete(name);
        }

        // Symbol.for keeps every key for the engine's lifetime: an unbounded, cross-evaluation store.
        var symbol = (ObjectInstance)engine.Global.Get("Symbol");
        symbol.Delete("for");
        symbol.Delete("keyFor");
    }

    public static void AllowOverridingInheritedMembers(Engine engine) => engine.Execute(OverridableMembersScript);

    /// <summary>Freezes every object reachable from the global object and from syntax, except the global object itself.</summary>
    public static void FreezeIntrinsics(Engine engine)
    {
        var freeze = engine.Intrinsics.Object.Get("freeze");
        var pending = new Stack<ObjectInstance>();
        var seen = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance) { engine.Global };

        PushReferences(engine.Global, pending);
        foreach (var hidden in engine.Evaluate(HiddenIntrinsicsScript).AsArray())
        {
            PushIfObject(hidden, pending);
        }

        while (pending.TryPop(out var target))
        {
            if (!seen.Add(target))
            {
                continue;
            }

            // Reading the properties also materializes Jint's lazily created built-ins, so none appears unfrozen later.
            PushReferences(target, pending);
            engine.Call(freeze, JsValue.Undefined, [target]);
        }
    }

    private static void PushReferences(ObjectInstance target, Stack<ObjectInstance> pending)
    {
        foreach (var (_, property) in target.GetOwnProperties())
        {
            if (property.IsAccessorDescriptor())
            {
                PushIfObject(property.Get, pending);
                PushIfObject(property.Set, pending);
            }
            else
            {
                PushIfObject(property.Value, pending);
            }
        }

        if (target.Prototype is { } prototype)
        {
            pending.Push(prototype);
        }
    }

    private static void PushIfObject(JsValue? value, Stack<ObjectInstance> pending)
    {
        if (value is ObjectInstance obj)
        {
            pending.Push(obj);
        }
    }
}
