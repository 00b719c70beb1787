#pragma once

#include "core/CallFlow.h"

#include <QAbstractScrollArea>

class QPainter;

namespace sipref {

/// A call's ladder diagram: one column per participant, one arrow per
/// message, labelled with the method or the code and phrase and coloured by
/// class, with the time of each message and the gap to the one before;
/// retransmissions are drawn dashed and marked.
///
/// The participants' names stay on top while the arrows scroll. A click or
/// the arrow keys select a message (stepSelected()); a click on a response's
/// label, Enter, or a double click asks for its code page (entryRequested()).
/// Home/End and Page Up/Down move as in a list.
///
/// render() draws the whole ladder unscrolled, for PNG and SVG export,
/// always on white paper.
class LadderView final : public QAbstractScrollArea {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(LadderView)

public:
  explicit LadderView(QWidget *parent = nullptr);

  /// What a retransmitted message is called, here and in the message pane.
  static QString retransmissionNote();

  void setFlow(const CallFlow &flow);
  /// What an empty ladder says (by default: pick a call).
  void setPlaceholderText(const QString &text);
  void clear();
  const CallFlow &flow() const { return m_flow; }
  bool isEmpty() const { return m_flow.steps().isEmpty(); }

  int currentStep() const { return m_current; }
  void setCurrentStep(int step);

  /// The size of the whole drawing, header included.
  QSize drawingSize() const;
  /// Draws the whole ladder at (0, 0) on white.
  void render(QPainter &painter) const;
  bool exportPng(const QString &path, QString *error = nullptr) const;
  bool exportSvg(const QString &path, const QString &title, QString *error = nullptr) const;

  /// Where the arrow of `step` is, in viewport coordinates (for tests and tooltips).
  QRect stepRect(int step) const;
  /// Where the label of `step` is, in viewport coordinates.
  QRect labelRect(int step) const;

signals:
  void stepSelected(int step);
  void entryRequested(sipref::EntryRef ref);

protected:
  void paintEvent(QPaintEvent *event) override;
  void resizeEvent(QResizeEvent *event) override;
  void mousePressEvent(QMouseEvent *event) override;
  void mouseDoubleClickEvent(QMouseEvent *event) override;
  void keyPressEvent(QKeyEvent *event) override;
  void changeEvent(QEvent *event) override;
  bool viewportEvent(QEvent *event) override;

private:
  struct Metrics {
    int timeWidth = 0;
    int column = 0;
    int header = 0;
    int row = 0;
    int margin = 0;
  };
  Metrics metrics() const;
  /// Draws rows [first, last] with y measured from the top of the drawing.
  void paintRows(QPainter &p, const Metrics &m, int first, int last, bool paper) const;
  void paintHeader(QPainter &p, const Metrics &m, bool paper) const;
  int stepAt(const QPoint &viewportPos) const;
  void requestEntry(int step);
  void updateScrollBars();
  void ensureVisible(int step);

  CallFlow m_flow;
  int m_current = -1;
  QString m_placeholder;
  mutable bool m_paper = false; ///< measuring or drawing for export: natural column widths
};

} // namespace sipref
