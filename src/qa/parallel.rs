//! Work on many items shared out among the machine's cores, in named threads, the results
//! coming back in the items' order.

/// `work` done on every item of `items`, in order; in parallel when there are at least
/// `parallel_from` items and more than one core. A part whose thread cannot be started (or
/// fails) is done on the calling thread.
pub(super) fn map_in_order<T: Sync, R: Send>(
    items: &[T],
    parallel_from: usize,
    work: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let parts = in_parts(items, parallel_from, |part| {
        part.iter().map(&work).collect::<Vec<R>>()
    });
    let mut results = Vec::with_capacity(items.len());
    for part in parts {
        results.extend(part);
    }
    results
}

/// `work` done on consecutive parts of `items`, one part for each core (in parallel when
/// there are at least `parallel_from` items and more than one core; else one part), the
/// results in the parts' order. A part whose thread cannot be started (or fails) is done on
/// the calling thread.
pub(super) fn in_parts<'items, T: Sync, R: Send>(
    items: &'items [T],
    parallel_from: usize,
    work: impl Fn(&'items [T]) -> R + Sync,
) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if items.len() < parallel_from.max(2) || threads < 2 {
        return vec![work(items)];
    }
    let size = items.len().div_ceil(threads);
    let work = &work;
    std::thread::scope(|scope| {
        let parts: Vec<_> = items
            .chunks(size)
            .map(|part| {
                let handle = std::thread::Builder::new()
                    .name("diptych-qa-part".to_owned())
                    .spawn_scoped(scope, move || work(part));
                (part, handle)
            })
            .collect();
        parts
            .into_iter()
            .map(
                |(part, handle)| match handle.map(std::thread::ScopedJoinHandle::join) {
                    Ok(Ok(done)) => done,
                    _ => work(part),
                },
            )
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_come_back_in_order_whether_shared_out_or_not() {
        let items: Vec<u32> = (0..1001).collect();
        let doubled: Vec<u32> = items.iter().map(|item| item * 2).collect();
        assert_eq!(super::map_in_order(&items, 10, |item| item * 2), doubled);
        assert_eq!(super::map_in_order(&items, 5000, |item| item * 2), doubled);
        assert!(super::map_in_order(&[] as &[u32], 0, |item| *item).is_empty());
    }

    #[test]
    fn parts_cover_every_item_once_in_order() {
        let items: Vec<u32> = (0..1001).collect();
        for parallel_from in [10, 5000] {
            let parts = super::in_parts(&items, parallel_from, <[u32]>::to_vec);
            assert_eq!(parts.concat(), items);
            assert!(!parts.is_empty());
        }
    }
}
