"""The PySide6 window of Duizhao: panels, item models, workers, dialogs (no SQL)."""

from gui import qtcompat as qtcompat
