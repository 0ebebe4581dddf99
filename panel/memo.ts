/**
 * A memoised component without preact/compat: compat rewrites every page's event props globally (and its
 * `<select value>` handling swallowed change events in tests), while all we need is shouldComponentUpdate.
 */
import { Component, h, type FunctionComponent } from 'preact';

function shallowEqual<P extends object>(a: P, b: P): boolean {
  const keys = Object.keys(a) as (keyof P)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

export function memo<P extends object>(inner: FunctionComponent<P>, equal: (a: P, b: P) => boolean = shallowEqual) {
  return class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !equal(this.props, next);
    }

    override render() {
      return h(inner, this.props);
    }
  };
}
