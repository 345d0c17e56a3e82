//! The playground's components, one per file.

pub mod check_controls;
pub mod check_status;
pub mod diagnostics_list;
pub mod editor_pane;
pub mod file_tabs;
pub mod header;
pub mod markdown;
pub mod nav;
pub mod sequence_diagram;
pub mod share_panel;
pub mod state_panel;
pub mod step_controls;
pub mod trace_filters;
pub mod trace_log;
pub mod trace_viewer;
pub mod workspace;
