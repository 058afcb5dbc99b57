use super::*;

fn wait_for(jobs: &mut Jobs) -> Vec<JobOutput> {
    for _ in 0..500 {
        let outputs = jobs.poll();
        if !outputs.is_empty() {
            return outputs;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the job did not finish");
}

#[test]
fn a_job_reports_progress_and_its_output_arrives_once() {
    let mut jobs = Jobs::default();
    let (go, wait) = std::sync::mpsc::channel::<()>();
    let ru = LanguageTag::parse("ru").unwrap();
    jobs.start_align(
        ru.clone(),
        DocumentBasis::default(),
        PathBuf::from("t.txt"),
        "Importing",
        move |progress| {
            progress.report(Some(0.5), "Aligning 4 paragraphs");
            wait.recv().ok();
            Err(AlignJobError::Stopped)
        },
    )
    .unwrap();
    assert!(matches!(
        jobs.start_align(
            ru.clone(),
            DocumentBasis::default(),
            PathBuf::new(),
            "again",
            |_| Err(AlignJobError::Stopped)
        ),
        Err(StartError::Busy)
    ));
    for _ in 0..500 {
        if jobs
            .status(JobKind::Align)
            .and_then(|status| status.fraction)
            == Some(0.5)
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let status = jobs.status(JobKind::Align).unwrap();
    assert_eq!(status.label, "Aligning 4 paragraphs");
    assert_eq!(status.fraction, Some(0.5));
    assert!(jobs.is_busy() && !jobs.is_running(JobKind::Open));
    go.send(()).unwrap();
    let outputs = wait_for(&mut jobs);
    assert_eq!(outputs.len(), 1);
    assert!(matches!(&outputs[0], JobOutput::Aligned { language, .. } if *language == ru));
    assert!(!jobs.is_busy());
    assert!(jobs.poll().is_empty());
}

#[test]
fn a_job_wakes_the_window_when_it_reports_and_when_it_ends() {
    let woken = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut jobs = Jobs::default();
    let counter = Arc::clone(&woken);
    jobs.set_waker(Arc::new(move || {
        counter.fetch_add(1, Ordering::SeqCst);
    }));
    jobs.start_open(PathBuf::from("c.txt"), "Opening", |progress| {
        progress.report(Some(0.5), "half");
        Err(anyhow::anyhow!("done"))
    })
    .unwrap();
    assert_eq!(wait_for(&mut jobs).len(), 1);
    // The report, then the end (the wake after the send may come just after the output).
    for _ in 0..500 {
        if woken.load(Ordering::SeqCst) == 2 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(woken.load(Ordering::SeqCst), 2);
}

#[test]
fn a_cancelled_job_is_told_and_its_output_is_dropped() {
    let mut jobs = Jobs::default();
    let (told, cancelled) = std::sync::mpsc::channel::<bool>();
    let (go, wait) = std::sync::mpsc::channel::<()>();
    jobs.start_open(PathBuf::from("a.txt"), "Opening", move |progress| {
        wait.recv().ok();
        told.send(progress.is_cancelled()).ok();
        Err(anyhow::anyhow!("unused"))
    })
    .unwrap();
    assert_eq!(jobs.cancel(JobKind::Open), Some(PathBuf::from("a.txt")));
    assert_eq!(jobs.cancel(JobKind::Open), None);
    go.send(()).unwrap();
    assert!(cancelled.recv().unwrap());
    assert!(jobs.poll().is_empty());
    assert!(!jobs.is_busy());
}

#[test]
fn a_job_whose_thread_dies_reports_that_it_stopped() {
    let mut jobs = Jobs::default();
    jobs.start_open(PathBuf::from("b.txt"), "Opening", |_| {
        panic!("simulated failure inside a job")
    })
    .unwrap();
    let outputs = wait_for(&mut jobs);
    match &outputs[0] {
        JobOutput::Opened { path, result } => {
            assert_eq!(path, &PathBuf::from("b.txt"));
            let message = format!("{:#}", result.as_ref().err().unwrap());
            assert!(message.contains("stopped unexpectedly"), "{message}");
        }
        JobOutput::Aligned { .. }
        | JobOutput::Exported { .. }
        | JobOutput::MemoryBuilt { .. }
        | JobOutput::Pretranslated { .. }
        | JobOutput::GlossaryLoaded { .. }
        | JobOutput::GlossaryChanged { .. }
        | JobOutput::GlossaryExported { .. }
        | JobOutput::MemoryRead { .. }
        | JobOutput::Library { .. }
        | JobOutput::BagExported { .. }
        | JobOutput::CaptureRead { .. }
        | JobOutput::Synced { .. }
        | JobOutput::GitState { .. }
        | JobOutput::HistoryRead { .. } => panic!("wrong kind"),
    }
}
