package einvoice

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"iter"
	"net/url"

	"github.com/einvoice-dev/einvoice/sdks/go/internal/core"
)

// Page is one page of a cursor-paginated list.
type Page[T any] struct {
	Data       []T     `json:"data"`
	HasMore    bool    `json:"has_more"`
	NextCursor *string `json:"next_cursor"`
	fetch      func(ctx context.Context, cursor string) (*Page[T], error)
}

// HasNextPage reports whether GetNextPage would return a page.
func (p *Page[T]) HasNextPage() bool { return p.HasMore && p.NextCursor != nil }

// GetNextPage fetches the page after this one.
func (p *Page[T]) GetNextPage(ctx context.Context) (*Page[T], error) {
	if !p.HasNextPage() {
		return nil, nil
	}
	return p.fetch(ctx, *p.NextCursor)
}

func listPage[T any](ctx context.Context, c *Client, req core.Request, opts []RequestOption) (*Page[T], error) {
	var page Page[T]
	if err := c.do(ctx, req, &page, opts); err != nil {
		return nil, err
	}
	page.fetch = func(ctx context.Context, cursor string) (*Page[T], error) {
		next := req
		q := url.Values{}
		for k, v := range req.Query {
			q[k] = v
		}
		q.Set("starting_after", cursor)
		next.Query = q
		return listPage[T](ctx, c, next, opts)
	}
	return &page, nil
}

// Iter walks every item of every page: for it.Next() { it.Current() }; check it.Err() after.
type Iter[T any] struct {
	ctx   context.Context
	first func(ctx context.Context) (*Page[T], error)
	page  *Page[T]
	i     int
	cur   T
	err   error
	done  bool
}

func newIter[T any](ctx context.Context, first func(ctx context.Context) (*Page[T], error)) *Iter[T] {
	return &Iter[T]{ctx: ctx, first: first}
}

// Next advances to the next item, fetching pages as needed.
func (it *Iter[T]) Next() bool {
	if it.done || it.err != nil {
		return false
	}
	for {
		if it.page == nil {
			it.page, it.err = it.first(it.ctx)
			it.i = 0
			if it.err != nil {
				return false
			}
		}
		if it.i < len(it.page.Data) {
			it.cur = it.page.Data[it.i]
			it.i++
			return true
		}
		if !it.page.HasNextPage() {
			it.done = true
			return false
		}
		it.page, it.err = it.page.GetNextPage(it.ctx)
		it.i = 0
		if it.err != nil {
			return false
		}
	}
}

// Current is the item Next moved to.
func (it *Iter[T]) Current() T { return it.cur }

// Err is the error that stopped the iteration, if any.
func (it *Iter[T]) Err() error { return it.err }

// All is the range-over-func form: for item, err := range it.All() { ... }.
func (it *Iter[T]) All() iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for it.Next() {
			if !yield(it.Current(), nil) {
				return
			}
		}
		if it.err != nil {
			var zero T
			yield(zero, it.err)
		}
	}
}

// Stream decodes an NDJSON export line by line.
type Stream[T any] struct {
	scanner *bufio.Scanner
	cur     T
	err     error
}

func newStream[T any](ctx context.Context, c *Client, req core.Request, opts []RequestOption) *Stream[T] {
	body, err := c.raw(ctx, req, opts)
	s := &Stream[T]{err: err}
	if err == nil {
		s.scanner = bufio.NewScanner(bytes.NewReader(body))
		s.scanner.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	}
	return s
}

// Next decodes the next line.
func (s *Stream[T]) Next() bool {
	if s.err != nil || s.scanner == nil {
		return false
	}
	for s.scanner.Scan() {
		line := bytes.TrimSpace(s.scanner.Bytes())
		if len(line) == 0 {
			continue
		}
		var v T
		if s.err = json.Unmarshal(line, &v); s.err != nil {
			return false
		}
		s.cur = v
		return true
	}
	s.err = s.scanner.Err()
	return false
}

// Current is the item Next decoded.
func (s *Stream[T]) Current() T { return s.cur }

// Err is the error that stopped the stream, if any.
func (s *Stream[T]) Err() error { return s.err }

func formValues(v any) url.Values {
	b, _ := json.Marshal(v)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	out := url.Values{}
	for k, x := range m {
		if s, ok := x.(string); ok {
			out.Set(k, s)
		}
	}
	return out
}

func optionalBody[T any](b *T) any {
	if b == nil {
		return nil
	}
	return b
}
