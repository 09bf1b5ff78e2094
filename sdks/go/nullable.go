package einvoice

import (
	"bytes"
	"encoding/json"
)

// Nullable is a request field that can be left out, sent as null, or sent with a value: the three things a
// PATCH-style field means (unchanged, cleared, set). The zero Nullable is absent. Build one with Value or
// Null. A plain pointer cannot tell absent from null; this can.
//
//	einvoice.UpdateGSTINRequest{Description: einvoice.Value("Bengaluru warehouse")} // set
//	einvoice.UpdateGSTINRequest{Description: einvoice.Null[string]()}               // clear
//	einvoice.UpdateGSTINRequest{}                                                    // leave as is
type Nullable[T any] struct {
	value T
	set   bool
	null  bool
}

// Value is a Nullable that sends v.
func Value[T any](v T) Nullable[T] { return Nullable[T]{value: v, set: true} }

// Null is a Nullable that sends JSON null.
func Null[T any]() Nullable[T] { return Nullable[T]{set: true, null: true} }

// IsAbsent reports whether the field is left out of the request.
func (n Nullable[T]) IsAbsent() bool { return !n.set }

// IsNull reports whether the field is sent as null.
func (n Nullable[T]) IsNull() bool { return n.set && n.null }

// Get returns the value and whether there is one (false when absent or null).
func (n Nullable[T]) Get() (T, bool) { return n.value, n.set && !n.null }

// MarshalJSON writes null or the value; the struct that holds the field leaves it out when absent.
func (n Nullable[T]) MarshalJSON() ([]byte, error) {
	if !n.set || n.null {
		return []byte("null"), nil
	}
	return json.Marshal(n.value)
}

// UnmarshalJSON reads null or a value (a field missing from the JSON stays absent).
func (n *Nullable[T]) UnmarshalJSON(b []byte) error {
	if bytes.Equal(bytes.TrimSpace(b), []byte("null")) {
		*n = Null[T]()
		return nil
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*n = Value(v)
	return nil
}

// marshalWithout encodes v and drops the members whose Nullable is absent (encoding/json's omitempty does not
// apply to structs before Go 1.24's omitzero, and the module supports Go 1.23).
func marshalWithout(v any, absent map[string]bool) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil || len(absent) == 0 {
		return b, err
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(b, &members); err != nil {
		return nil, err
	}
	for name, gone := range absent {
		if gone {
			delete(members, name)
		}
	}
	return json.Marshal(members)
}
